import type { LabelTable } from './table';

/** Texts of the timeline (`TouchpointTimeline`) and its zoom toolbar (shared with the dense map). */
export interface TimelineLabels {
  viewTimeline: string;
  zoomIn: string;
  zoomOut: string;
  zoomReset: string;
  untimed: string;
  untimedHint: string;
  timelineEmpty: string;
  zoomLevel: string;
  zoom: string;
  timelineHint: string;
}

/** The timeline's texts in every locale. */
export const timelineLabels: LabelTable<TimelineLabels> = {
  en: {
    viewTimeline: 'Timeline',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    zoomReset: 'Reset zoom',
    untimed: 'Untimed',
    untimedHint: 'No date: placed after the last dated touchpoint of its phase.',
    timelineEmpty: 'No touchpoints to show.',
    zoomLevel: 'Zoom {n} %',
    zoom: 'Zoom',
    timelineHint: 'Ctrl + scroll or +/− to zoom · drag to pan',
  },
  de: {
    viewTimeline: 'Zeitachse',
    zoomIn: 'Vergrößern',
    zoomOut: 'Verkleinern',
    zoomReset: 'Zoom zurücksetzen',
    untimed: 'Ohne Zeitangabe',
    untimedHint: 'Ohne Datum: nach dem letzten datierten Touchpoint der Phase platziert.',
    timelineEmpty: 'Keine Touchpoints anzuzeigen.',
    zoomLevel: 'Zoom {n} %',
    zoom: 'Zoom',
    timelineHint: 'Strg + Mausrad oder +/− zum Zoomen · ziehen zum Verschieben',
  },
};
