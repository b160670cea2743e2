import type { Touchpoint } from '@journeykit/core';
import type { JourneyFilters, JourneySelection, JourneyView } from './types';

/** The controllable selection slice a component accepts (resolved by `useSelectionState`). */
export interface SelectionStateProps {
  /** Selected touchpoint id (controlled). @default undefined (a surrounding JourneyStateProvider, else uncontrolled) */
  selection?: JourneySelection;
  /** Initially selected touchpoint id (uncontrolled). @default null */
  defaultSelection?: JourneySelection;
  /** Called when the selection changes. @default undefined */
  onSelectionChange?: (selection: JourneySelection) => void;
}

/** The controllable filters slice a component accepts (resolved by `useFiltersState`). */
export interface FiltersStateProps {
  /** Which touchpoints are shown (controlled). @default undefined (a surrounding JourneyStateProvider, else uncontrolled) */
  filters?: JourneyFilters;
  /** Initial filters (uncontrolled). @default {} (everything) */
  defaultFilters?: JourneyFilters;
  /** Called when the filters change. @default undefined */
  onFiltersChange?: (filters: JourneyFilters) => void;
}

/** The controllable view slice a component accepts (resolved by `useViewState`). */
export interface ViewStateProps {
  /** Axis and lanes (controlled). @default undefined (a surrounding JourneyStateProvider, else uncontrolled) */
  view?: JourneyView;
  /** Initial view (uncontrolled). @default { axis: 'ordinal', lanes: 'persona' } */
  defaultView?: JourneyView;
  /** Called when the view changes. @default undefined */
  onViewChange?: (view: JourneyView) => void;
}

/** The touchpoint events of the map components. */
export interface TouchpointEventProps {
  /** Called with the touchpoint when it is selected (click, Enter, Space). @default undefined */
  onTouchpointSelect?: (touchpoint: Touchpoint) => void;
  /** Called with the touchpoint when its details open. @default undefined */
  onTouchpointOpen?: (touchpoint: Touchpoint) => void;
}
