/** The timeline's toolbar: the untimed hint and the zoom controls (−, level, +, reset). */
import { formatLabel } from '../../i18n/format-label';
import type { TimelineLabels } from '../../i18n/labels/timeline';

/** Props of {@link TimelineToolbar}. */
export interface TimelineToolbarProps {
  labels: TimelineLabels;
  scale: number;
  minScale: number;
  maxScale: number;
  /** Whether the view is unzoomed and unpanned. */
  atRest: boolean;
  /** Number of items without a time. */
  untimed: number;
  /** Whether the layout has a time axis at all. */
  timed: boolean;
  step: number;
  onZoom: (factor: number) => void;
  onReset: () => void;
  /** How to zoom and pan, shown when every item has a time. @default labels.timelineHint */
  hint?: string;
}

/** Zoom buttons stay focusable at the limits (`aria-disabled`), so keyboard focus is never lost. */
export function TimelineToolbar({ labels, scale, minScale, maxScale, atRest, untimed, timed, step, onZoom, onReset, hint = labels.timelineHint }: TimelineToolbarProps) {
  const canOut = scale > minScale + 1e-3;
  const canIn = scale < maxScale - 1e-3;
  return (
    <div className="jk-timeline__toolbar">
      {untimed > 0 ? (
        <p className="jk-timeline__note">
          <span className="jk-timeline__note-badge">{timed ? `${labels.untimed}: ${untimed}` : labels.untimed}</span>
          {labels.untimedHint}
        </p>
      ) : (
        <p className="jk-timeline__note">{hint}</p>
      )}
      <div role="group" aria-label={labels.zoom} className="jk-timeline__zoom">
        <button type="button" className="jk-timeline__zoom-button" aria-label={labels.zoomOut} title={labels.zoomOut} aria-disabled={!canOut} onClick={() => canOut && onZoom(1 / step)}>
          <span aria-hidden="true">−</span>
        </button>
        <output className="jk-timeline__zoom-level">{formatLabel(labels.zoomLevel, { n: Math.round(scale * 100) })}</output>
        <button type="button" className="jk-timeline__zoom-button" aria-label={labels.zoomIn} title={labels.zoomIn} aria-disabled={!canIn} onClick={() => canIn && onZoom(step)}>
          <span aria-hidden="true">+</span>
        </button>
        <button type="button" className="jk-timeline__zoom-reset" aria-disabled={atRest} onClick={() => !atRest && onReset()}>
          {labels.zoomReset}
        </button>
      </div>
    </div>
  );
}
