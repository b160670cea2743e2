import type { LaneKind } from '@journeykit/core';
import { useState, type ComponentPropsWithoutRef } from 'react';
import { formatLabel } from '../../i18n/format-label';
import { useViewState } from '../../state/useJourneyState';
import { downloadBlob, exportFileName, exportJourneyMap } from '../../export/exportJourneyMap';
import { useJourneyMapContext } from './JourneyMapContext';

/** Props of `JourneyMap.Toolbar`. */
export interface JourneyMapToolbarProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** Show the SVG and PNG export buttons. @default true */
  exportable?: boolean;
  /** Show the lanes switch (persona, channel, service blueprint). @default true */
  laneSwitch?: boolean;
}

/** The map's controls: swimlanes or timeline, lanes by persona, channel or blueprint layer, and export. Hidden in exports and print. */
export function JourneyMapToolbar({ exportable = true, laneSwitch = true, className, ...rest }: JourneyMapToolbarProps) {
  const { journey, labels, rootRef } = useJourneyMapContext('Toolbar');
  const [view, setView] = useViewState();
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  if (!journey) return null;

  const exportAs = async (format: 'svg' | 'png') => {
    const root = rootRef.current;
    if (!root || busy) return;
    setBusy(true);
    setStatus(labels.exporting);
    try {
      const blob = await exportJourneyMap(root, { format });
      downloadBlob(blob, exportFileName(journey.title, format));
      setStatus('');
    } catch (error) {
      setStatus(formatLabel(labels.exportFailed, { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  };

  const lanes: [LaneKind, string][] = [
    ['persona', labels.lanesByPersona],
    ['channel', labels.lanesByChannel],
    ['blueprint', labels.lanesBlueprint],
  ];
  return (
    <div role="group" aria-label={labels.mapToolbar} className={['jk-journey-map__toolbar', className].filter(Boolean).join(' ')} data-jk-export="hide" {...rest}>
      <div role="group" aria-label={labels.view} className="jk-segmented">
        <button type="button" aria-pressed={view.axis === 'ordinal'} onClick={() => setView({ ...view, axis: 'ordinal' })}>
          {labels.viewSwimlanes}
        </button>
        <button type="button" aria-pressed={view.axis === 'time'} onClick={() => setView({ ...view, axis: 'time' })}>
          {labels.viewTimeline}
        </button>
      </div>
      {laneSwitch ? (
        <div role="group" aria-label={labels.lane} className="jk-segmented">
          {lanes.map(([kind, label]) => (
            <button key={kind} type="button" aria-pressed={view.lanes === kind} onClick={() => setView({ ...view, lanes: kind })}>
              {label}
            </button>
          ))}
        </div>
      ) : null}
      {exportable ? (
        <div role="group" aria-label={labels.exportMap} className="jk-journey-map__export">
          <span className="jk-journey-map__export-label" aria-hidden="true">
            {labels.exportMap}
          </span>
          <button type="button" className="jk-button" disabled={busy} onClick={() => void exportAs('svg')} aria-label={`${labels.exportMap} ${labels.exportSvg}`}>
            {labels.exportSvg}
          </button>
          <button type="button" className="jk-button" disabled={busy} onClick={() => void exportAs('png')} aria-label={`${labels.exportMap} ${labels.exportPng}`}>
            {labels.exportPng}
          </button>
        </div>
      ) : null}
      <span className="jk-journey-map__status" role="status" aria-live="polite">
        {status}
      </span>
    </div>
  );
}
