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
export { JourneyKitProvider, useJourneyLabels, type JourneyKitProviderProps } from './i18n/JourneyKitProvider';
export { DEFAULT_LABELS, formatLabel, type JourneyLabels } from './i18n/labels';
export { JourneyStateProvider, useJourneyStateContext, type JourneyStateContextValue, type JourneyStateProviderProps } from './state/JourneyStateProvider';
export { useFiltersState, useSelectionState, useViewState } from './state/useJourneyState';
export { DEFAULT_VIEW, NO_FILTERS, type JourneyFilters, type JourneySelection, type JourneyView } from './state/types';
