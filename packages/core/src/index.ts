/**
 * @journeykit/core — the journey document model, validation, presets, analysis and layout of
 * B2B customer journey maps. No React, no DOM.
 * @packageDocumentation
 */
export type * from './model/types';
export * from './model/index';
export * from './schema/index';
export * from './presets/index';
export * from './analysis/index';
export * from './layout/index';
export * from './interop/json/index';
