/**
 * @journeykit/react — React components for B2B customer journey maps. Import the stylesheet once:
 * `import '@journeykit/react/styles.css'`.
 * @packageDocumentation
 */
export { JourneyError, type JourneyErrorProps } from './components/JourneyError/JourneyError';
export { PersonaCard, type PersonaCardProps } from './components/PersonaCard/PersonaCard';
export { PersonaAvatar, initialsOf, type PersonaAvatarProps } from './components/PersonaCard/PersonaAvatar';
export { useControllableState, type UseControllableStateOptions } from './hooks/useControllableState';
export { useJourney, type JourneyInput, type UseJourneyResult } from './hooks/useJourney';
export { JourneyKitProvider, type JourneyKitProviderProps } from './i18n/JourneyKitProvider';
export { useJourneyLabels } from './i18n/useJourneyLabels';
export { DEFAULT_LABELS, formatLabel, type JourneyLabels } from './i18n/labels';
export { JourneyStateProvider, useJourneyStateContext, type JourneyStateContextValue, type JourneyStateProviderProps } from './state/JourneyStateProvider';
export { useFiltersState, useSelectionState, useViewState } from './state/useJourneyState';
export { DEFAULT_VIEW, NO_FILTERS, type JourneySelection, type JourneyView } from './state/types';
export { EmotionCurve, type EmotionCurveProps } from './components/EmotionCurve/EmotionCurve';
export { TouchpointCard, type TouchpointCardProps } from './components/TouchpointCard/TouchpointCard';
export { channelGroupOf, emotionTone, formatScore, touchpointSummary, type ChannelGroup, type EmotionTone } from './components/TouchpointCard/touchpointText';
export { TouchpointPopover, type TouchpointPopoverProps } from './components/TouchpointPopover/TouchpointPopover';
export { TouchpointDetails, type TouchpointDetailsProps } from './components/TouchpointPopover/TouchpointDetails';
export { CompanyCard, type CompanyCardProps } from './components/CompanyCard/CompanyCard';
export { BuyingCenter, type BuyingCenterProps } from './components/BuyingCenter/BuyingCenter';
export { JourneyComparison, type JourneyComparisonMode, type JourneyComparisonProps } from './components/JourneyComparison/JourneyComparison';
// `JourneyFilters` is both the component and the filter type (state/types), one export.
export { JourneyFilters, JOURNEY_FILTER_FIELDS, type JourneyFilterField, type JourneyFiltersProps } from './components/JourneyFilters/JourneyFilters';
export { CoverageHeatmap, type CoverageCellSelection, type CoverageDimension, type CoverageHeatmapProps } from './components/CoverageHeatmap/CoverageHeatmap';
export { PriorityList, PRIORITY_SORTS, type PrioritySort, type PriorityListProps } from './components/PriorityList/PriorityList';
export { JourneyStats, JOURNEY_STAT_KEYS, type JourneyStatKey, type JourneyStatsProps } from './components/JourneyStats/JourneyStats';
export { downloadBlob, exportFileName, exportJourneyMap, type ExportJourneyMapOptions } from './export/exportJourneyMap';
export { PhaseSwimlanes, type PhaseSwimlanesProps, type SwimlaneSizes, type SwimlaneTouchpointState } from './components/PhaseSwimlanes/PhaseSwimlanes';
export { useJourneyLayout } from './hooks/useJourneyLayout';
export { useJourneySelection, type JourneySelectionState, type UseJourneySelectionOptions } from './hooks/useJourneySelection';
export { useRovingGrid, ROVING_KEY_ATTRIBUTE, type RovingGrid, type UseRovingGridOptions } from './hooks/useRovingGrid';
export { Legend, type LegendProps } from './components/Legend/Legend';
export type { LegendSection } from './components/Legend/legend-items';
export { TouchpointTimeline, type TouchpointTimelineProps, type TimelineTouchpointState, type TimelineSizes } from './components/TouchpointTimeline/TouchpointTimeline';
export type { TimelineZoomState } from './components/TouchpointTimeline/useTimelineZoom';
export { JourneyMap, JOURNEY_MAP_SIZES, type JourneyMapProps } from './components/JourneyMap/JourneyMap';
export type { JourneyMapRootProps } from './components/JourneyMap/JourneyMapRoot';
export type { JourneyMapHeaderProps, JourneyMapLegendProps, JourneyMapPersonasProps } from './components/JourneyMap/JourneyMapParts';
export type { JourneyMapToolbarProps } from './components/JourneyMap/JourneyMapToolbar';
export type { JourneyMapEmotionCurveProps } from './components/JourneyMap/JourneyMapView';
export type { RenderTouchpoint } from './components/JourneyMap/JourneyMapContext';
export type { JourneyMapViewProps } from './components/JourneyMap/JourneyMapView';
export { DENSE_TOUCHPOINT_THRESHOLD, type JourneyDensity } from './components/DenseMap/density';
