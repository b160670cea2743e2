import type { Journey, Touchpoint } from '@journeykit/core';
import { useMemo } from 'react';
import type { JourneySelection } from '../state/types';
import { useSelectionState } from '../state/useJourneyState';

/** Options of {@link useJourneySelection}: the component's controllable selection props. */
export interface UseJourneySelectionOptions {
  /** Selected touchpoint id (controlled); `null` selects nothing. */
  selection?: JourneySelection;
  /** Initially selected touchpoint id (uncontrolled). */
  defaultSelection?: JourneySelection;
  /** Called with the new id (or `null`) on every change. */
  onSelectionChange?: (selection: JourneySelection) => void;
}

/** Result of {@link useJourneySelection}. */
export interface JourneySelectionState {
  /** The selected touchpoint id, or `null`. */
  selectedId: JourneySelection;
  /** The selected touchpoint of the journey; `undefined` when nothing is selected or the id is unknown. */
  selectedTouchpoint: Touchpoint | undefined;
  /** Selects a touchpoint by id, or clears the selection with `null`. */
  select: (id: JourneySelection) => void;
}

/**
 * The selected touchpoint of a journey: controlled props → surrounding `JourneyStateProvider` →
 * own state (via `useSelectionState`), resolved to the touchpoint itself.
 * @example const { selectedTouchpoint, select } = useJourneySelection(journey, { selection, onSelectionChange });
 */
export function useJourneySelection(journey: Journey | null | undefined, options: UseJourneySelectionOptions = {}): JourneySelectionState {
  const [selectedId, select] = useSelectionState(options.selection, options.defaultSelection, options.onSelectionChange);
  const selectedTouchpoint = useMemo(
    () => (selectedId === null || !journey ? undefined : journey.touchpoints.find((touchpoint) => touchpoint.id === selectedId)),
    [journey, selectedId],
  );
  return { selectedId, selectedTouchpoint, select };
}
