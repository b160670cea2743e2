import type { Journey, JourneyValidationError, Touchpoint } from '@journeykit/core';
import { createContext, useContext, type ReactNode, type RefObject } from 'react';
import type { JourneyLabels } from '../../i18n/labels';
import type { CommonLabels } from '../../i18n/labels/common';
import type { ErrorLabels } from '../../i18n/labels/errors';
import type { MapToolbarLabels } from '../../i18n/labels/map-toolbar';
import type { SwimlaneLabels } from '../../i18n/labels/swimlanes';
import type { TimelineLabels } from '../../i18n/labels/timeline';
import type { SwimlaneSizes, SwimlaneTouchpointState } from '../PhaseSwimlanes/PhaseSwimlanes';
import type { TimelineTouchpointState } from '../TouchpointTimeline/TouchpointTimeline';
import type { TimelineFrame } from './timeline-curve';

/** Renders a custom touchpoint card in swimlanes or timeline; spread `state.itemProps` on the focusable element. */
export type RenderTouchpoint = (touchpoint: Touchpoint, state: SwimlaneTouchpointState | TimelineTouchpointState) => ReactNode;

/** The texts the map's own parts read (the components inside it resolve their own). */
export type JourneyMapLabels = CommonLabels & ErrorLabels & MapToolbarLabels & Pick<SwimlaneLabels, 'viewSwimlanes'> & Pick<TimelineLabels, 'viewTimeline'>;

/** What the parts of a `JourneyMap` share. */
export interface JourneyMapContextValue {
  journey: Journey | null;
  error: JourneyValidationError | null;
  locale: string;
  labels: JourneyMapLabels;
  labelOverrides: Partial<JourneyLabels> | undefined;
  sizes: SwimlaneSizes;
  lenient: boolean;
  headingLevel: 2 | 3 | 4 | 5;
  rootRef: RefObject<HTMLDivElement | null>;
  renderTouchpoint: RenderTouchpoint | undefined;
  onTouchpointSelect: ((touchpoint: Touchpoint) => void) | undefined;
  onTouchpointOpen: ((touchpoint: Touchpoint) => void) | undefined;
  /** Whether the view draws dense (canvas marks): resolved from the `density` prop and the journey. */
  dense: boolean;
  /** Whether the swimlanes render only the cards near their visible part (the root's `windowing`). */
  windowing: boolean;
  /** A card timeline inside the map reports its layout options and zoom here after each change (`null` when it unmounts); the curve follows them. */
  reportTimeline: (frame: TimelineFrame | null) => void;
}

export const JourneyMapContext = /* @__PURE__ */ createContext<JourneyMapContextValue | null>(null);

/**
 * The timeline's last report (see `reportTimeline`), apart from the map's context: it changes with
 * every zoom step, and only the curve reads it — the other parts do not re-render while zooming.
 */
export const JourneyMapTimelineContext = /* @__PURE__ */ createContext<TimelineFrame | null>(null);

/** The surrounding `JourneyMap.Root`'s shared values; throws a clear error when a part is used outside one. */
export function useJourneyMapContext(part: string): JourneyMapContextValue {
  const context = useContext(JourneyMapContext);
  if (!context) throw new Error(`<JourneyMap.${part}> must be used inside <JourneyMap.Root> (or <JourneyMap>).`);
  return context;
}
