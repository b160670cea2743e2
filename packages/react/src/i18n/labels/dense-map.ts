import type { LabelTable } from './table';

/** Texts of the dense (canvas) map: its name, keyboard help and the focused touchpoint. */
export interface DenseMapLabels {
  /** Dense (canvas) map: how to use the keyboard. */
  denseHint: string;
  /** Dense map: the focused touchpoint, announced; `{title}`, `{phase}`, `{lane}`, `{n}`, `{total}`. */
  denseFocus: string;
  /** Dense map: the name of the focusable map region; `{title}`, `{n}` (touchpoints drawn). */
  denseMapName: string;
  /** Dense timeline (canvas marks): how to zoom and pan. */
  denseTimelineHint: string;
}

/** The dense map's texts in every locale. */
export const denseMapLabels: LabelTable<DenseMapLabels> = {
  en: {
    denseHint: 'Arrow keys move between touchpoints, Home and End go to the first and last of a lane, Enter opens the details, Escape closes them.',
    denseFocus: '{title} — {phase}, {lane}. Touchpoint {n} of {total}.',
    denseMapName: '{title} – journey map, {n} touchpoints',
    denseTimelineHint: '+/− or the buttons to zoom · scroll to pan',
  },
  de: {
    denseHint: 'Pfeiltasten wechseln zwischen Touchpoints, Pos1 und Ende springen zum ersten und letzten einer Lane, Enter öffnet die Details, Escape schließt sie.',
    denseFocus: '{title} — {phase}, {lane}. Touchpoint {n} von {total}.',
    denseMapName: '{title} – Customer Journey Map, {n} Touchpoints',
    denseTimelineHint: '+/− oder die Schaltflächen zum Zoomen · scrollen zum Verschieben',
  },
};
