import type { RefObject } from 'react';
import { useElementWidth } from './useElementWidth';

/** Below this container width (px), lanes get compact headers: a phone, a narrow dashboard tile. */
export const COMPACT_LANES_BELOW = 640;

/** The lane header width (px) of a compact map: name and role, no avatar, no job title. */
export const COMPACT_LANE_HEADER_WIDTH = 128;

/** Lane headers narrower than this (px) show their compact content (see {@link laneHeaderDensity}). */
const COMPACT_HEADER_CONTENT_BELOW = 170;

/**
 * Whether an element's content is narrower than {@link COMPACT_LANES_BELOW}: measured before the
 * first paint (so a phone never sees the wide headers first) and again whenever it is resized
 * (see {@link useElementWidth}). `false` where nothing can be measured (server rendering, a hidden
 * element, a DOM without layout such as jsdom).
 * @param ref the element whose width counts (the component's root)
 * @param enabled `false` skips measuring and answers `false` (the caller's size is fixed)
 */
export function useNarrowContainer(ref: RefObject<HTMLElement | null>, enabled = true): boolean {
  const width = useElementWidth(ref, enabled);
  return enabled && width !== null && width < COMPACT_LANES_BELOW;
}

/**
 * The lane header width to lay out with: the caller's own, else the compact width in a narrow
 * container, else the component's default.
 */
export function laneHeaderWidthFor(own: number | undefined, narrow: boolean, wide: number): number {
  return own ?? (narrow ? COMPACT_LANE_HEADER_WIDTH : wide);
}

/** What a lane header of this width shows: `'compact'` (name and role only) below 170 px, else `'full'`. */
export function laneHeaderDensity(width: number): 'compact' | 'full' {
  return width < COMPACT_HEADER_CONTENT_BELOW ? 'compact' : 'full';
}
