// Public API of the layout feature; re-exported by src/index.ts.
export { computeJourneyLayout } from './compute-layout';
export { createTouchpointFilter, touchpointMatchesFilter, type FilterableTouchpoint } from './touchpoint-filter';
export { hitTest, itemsInViewport, type LayoutRect } from './spatial-index';
export { emotionPointRange, itemIndexAt, laneItemStarts, laneOfItem, stepItem, type ItemStep } from './dense-navigation';
export { denseHitTest, denseView, type DenseView } from './dense-view';
export { DEFAULT_LAYOUT_SIZES } from './options';
export { emotionLine } from './emotion-band';
export { zoomedTimeTicks } from './time-ticks';
export { BLUEPRINT_LAYERS, blueprintItemLabel, blueprintLayerLabel } from './blueprint';
export type {
  AxisKind,
  BlueprintLayer,
  JourneyLayout,
  JourneyLayoutAxis,
  JourneyLayoutDayScale,
  JourneyLayoutEmotion,
  JourneyLayoutEmotionPoint,
  JourneyLayoutEmotionSeries,
  JourneyLayoutFilter,
  JourneyLayoutItem,
  JourneyLayoutLane,
  JourneyLayoutOptions,
  JourneyLayoutPhase,
  JourneyLayoutTick,
  LaneKind,
} from './types';
