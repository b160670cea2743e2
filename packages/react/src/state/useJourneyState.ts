import { useCallback } from 'react';
import { useControllableState } from '../hooks/useControllableState';
import { useJourneyStateContext } from './JourneyStateProvider';
import { DEFAULT_VIEW, NO_FILTERS, type JourneyFilters, type JourneySelection, type JourneyView } from './types';

/** A component's props for one controllable slice. */
interface SliceProps<T> {
  value: T | undefined;
  defaultValue: T | undefined;
  onChange: ((value: T) => void) | undefined;
}

/**
 * Resolves one state slice for a component: its own controlled prop wins; otherwise the
 * surrounding `JourneyStateProvider`; otherwise its own uncontrolled state. The component's
 * `onChange` fires in every case, and the provider hears changes made inside it.
 */
function useSlice<T>(props: SliceProps<T>, fallback: T, shared: { value: T; set: (value: T) => void } | null): [T, (value: T) => void] {
  const inherited = props.value === undefined && shared ? shared.value : props.value;
  const sharedSet = shared?.set;
  const onChange = props.onChange;
  const notify = useCallback(
    (value: T) => {
      onChange?.(value);
      if (props.value === undefined) sharedSet?.(value);
    },
    [onChange, sharedSet, props.value],
  );
  return useControllableState({ value: inherited, defaultValue: props.defaultValue ?? fallback, onChange: notify });
}

/** Selection slice: `selection` / `defaultSelection` / `onSelectionChange`, shared through the provider. */
export function useSelectionState(value?: JourneySelection, defaultValue?: JourneySelection, onChange?: (selection: JourneySelection) => void) {
  const context = useJourneyStateContext();
  return useSlice<JourneySelection>({ value, defaultValue, onChange }, null, context && { value: context.selection, set: context.setSelection });
}

/** Filters slice: `filters` / `defaultFilters` / `onFiltersChange`, shared through the provider. */
export function useFiltersState(value?: JourneyFilters, defaultValue?: JourneyFilters, onChange?: (filters: JourneyFilters) => void) {
  const context = useJourneyStateContext();
  return useSlice<JourneyFilters>({ value, defaultValue, onChange }, NO_FILTERS, context && { value: context.filters, set: context.setFilters });
}

/** View slice: `view` / `defaultView` / `onViewChange`, shared through the provider. */
export function useViewState(value?: JourneyView, defaultValue?: JourneyView, onChange?: (view: JourneyView) => void) {
  const context = useJourneyStateContext();
  return useSlice<JourneyView>({ value, defaultValue, onChange }, DEFAULT_VIEW, context && { value: context.view, set: context.setView });
}
