import type { SelectionStateProps, FiltersStateProps, ViewStateProps } from './props';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useControllableState } from '../hooks/useControllableState';
import { DEFAULT_VIEW, NO_FILTERS, type JourneyFilters, type JourneySelection, type JourneyView } from './types';

/** The shared state of the journey components inside one {@link JourneyStateProvider}. */
export interface JourneyStateContextValue {
  selection: JourneySelection;
  setSelection: (selection: JourneySelection) => void;
  filters: JourneyFilters;
  setFilters: (filters: JourneyFilters) => void;
  view: JourneyView;
  setView: (view: JourneyView) => void;
}

const JourneyStateContext = createContext<JourneyStateContextValue | null>(null);

/** Props of {@link JourneyStateProvider}: every slice controllable (`x` / `defaultX` / `onXChange`). */
export interface JourneyStateProviderProps extends SelectionStateProps, FiltersStateProps, ViewStateProps {
  children?: ReactNode;
}

/**
 * Shares selection, filters and view between journeykit components — e.g. `JourneyFilters`,
 * `CoverageHeatmap`, `PriorityList` and `JourneyMap` on one dashboard. Components inside it use
 * the shared state unless their own controlled props are given.
 * @example
 * <JourneyStateProvider defaultFilters={{ personaIds: ['cfo'] }}>
 *   <JourneyFilters journey={journey} />
 *   <JourneyMap journey={journey} />
 * </JourneyStateProvider>
 */
export function JourneyStateProvider(props: JourneyStateProviderProps) {
  const [selection, setSelection] = useControllableState({ value: props.selection, defaultValue: props.defaultSelection ?? null, onChange: props.onSelectionChange });
  const [filters, setFilters] = useControllableState({ value: props.filters, defaultValue: props.defaultFilters ?? NO_FILTERS, onChange: props.onFiltersChange });
  const [view, setView] = useControllableState({ value: props.view, defaultValue: props.defaultView ?? DEFAULT_VIEW, onChange: props.onViewChange });
  const value = useMemo(() => ({ selection, setSelection, filters, setFilters, view, setView }), [selection, setSelection, filters, setFilters, view, setView]);
  return <JourneyStateContext.Provider value={value}>{props.children}</JourneyStateContext.Provider>;
}

/** The surrounding {@link JourneyStateProvider}'s state, or `null` outside one. */
export function useJourneyStateContext(): JourneyStateContextValue | null {
  return useContext(JourneyStateContext);
}
