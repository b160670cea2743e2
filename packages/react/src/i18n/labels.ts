import type { Locale } from '@journeykit/core';
import { buyingCenterLabels, type BuyingCenterLabels } from './labels/buying-center';
import { commonLabels, type CommonLabels } from './labels/common';
import { companyLabels, type CompanyLabels } from './labels/company';
import { comparisonLabels, type ComparisonLabels } from './labels/comparison';
import { coverageLabels, type CoverageLabels } from './labels/coverage';
import { denseMapLabels, type DenseMapLabels } from './labels/dense-map';
import { emotionCurveLabels, type EmotionCurveLabels } from './labels/emotion-curve';
import { emotionToneLabels, type EmotionToneLabels } from './labels/emotion-tone';
import { errorLabels, type ErrorLabels } from './labels/errors';
import { filterLabels, type FilterLabels } from './labels/filters';
import { legendLabels, type LegendLabels } from './labels/legend';
import { mapToolbarLabels, type MapToolbarLabels } from './labels/map-toolbar';
import { personaLabels, type PersonaLabels } from './labels/persona';
import { priorityLabels, type PriorityLabels } from './labels/priorities';
import { statsLabels, type StatsLabels } from './labels/stats';
import { swimlaneLabels, type SwimlaneLabels } from './labels/swimlanes';
import { combineLabels } from './labels/table';
import { timeLabels, type TimeLabels } from './labels/time';
import { timelineLabels, type TimelineLabels } from './labels/timeline';
import { touchpointLabels, type TouchpointLabels } from './labels/touchpoint';
import { touchpointDetailLabels, type TouchpointDetailLabels } from './labels/touchpoint-details';
import { unusedLabels, type UnusedLabels } from './labels/unused';

export { formatLabel } from './format-label';

/**
 * Every built-in text of the components. Texts with `{name}` placeholders are filled by
 * {@link formatLabel}. Override any of them through the `labels` prop or `JourneyKitProvider`.
 * The texts live in one table per area (`i18n/labels/`); each component bundles only its areas.
 */
export interface JourneyLabels
  extends CommonLabels,
    PersonaLabels,
    TouchpointLabels,
    TouchpointDetailLabels,
    TimeLabels,
    EmotionCurveLabels,
    LegendLabels,
    SwimlaneLabels,
    TimelineLabels,
    DenseMapLabels,
    MapToolbarLabels,
    ErrorLabels,
    FilterLabels,
    CoverageLabels,
    PriorityLabels,
    StatsLabels,
    CompanyLabels,
    BuyingCenterLabels,
    EmotionToneLabels,
    ComparisonLabels,
    UnusedLabels {}

/** The built-in labels of every locale, all areas (importing it bundles every text). */
export const DEFAULT_LABELS: Record<Locale, JourneyLabels> = /* @__PURE__ */ combineLabels(
  commonLabels,
  personaLabels,
  touchpointLabels,
  touchpointDetailLabels,
  timeLabels,
  emotionCurveLabels,
  legendLabels,
  swimlaneLabels,
  timelineLabels,
  denseMapLabels,
  mapToolbarLabels,
  errorLabels,
  filterLabels,
  coverageLabels,
  priorityLabels,
  statsLabels,
  companyLabels,
  buyingCenterLabels,
  emotionToneLabels,
  comparisonLabels,
  unusedLabels,
);
