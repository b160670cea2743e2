/**
 * recharts' page: a LineChart (1400 × 600) of emotion per touchpoint, one line with dots per
 * persona (x = touchpoint index in document order, y = emotion −2…+2; a persona's line has a
 * point where the persona takes part, connected over the gaps), X and Y axes, and a Tooltip
 * opened by click (`trigger="click"`) whose label is the touchpoint's id and title. Animations off.
 */
import type { JourneyDocument } from '@journeykit/core';
import { useLayoutEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { deferred, fullyVisible, installBench, isShown, type ClickTarget } from './harness';

type Row = { i: number } & Record<string, number | null>;

let committed = deferred();
let hideFromOutside: ((personaId: string) => void) | null = null;
let journeyDocument: JourneyDocument | null = null;

function toRows(journey: JourneyDocument): Row[] {
  return journey.touchpoints.map((touchpoint, index) => {
    const row = { i: index } as Row;
    for (const personaId of touchpoint.personaIds ?? []) row[personaId] = touchpoint.emotion ?? null;
    return row;
  });
}

function Chart({ journey }: { journey: JourneyDocument }) {
  const [hidden, setHidden] = useState<string | null>(null);
  hideFromOutside = setHidden;
  useLayoutEffect(() => committed.resolve(), [hidden]);
  const rows = useMemo(() => toRows(journey), [journey]);
  const label = (index: unknown) => {
    const touchpoint = journey.touchpoints[Number(index)];
    return touchpoint ? `${touchpoint.id} ${touchpoint.title}` : String(index);
  };
  return (
    <LineChart width={1400} height={600} data={rows} margin={{ top: 16, right: 24, bottom: 16, left: 0 }}>
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis dataKey="i" type="number" domain={[0, Math.max(0, rows.length - 1)]} />
      <YAxis domain={[-2, 2]} ticks={[-2, -1, 0, 1, 2]} />
      <Tooltip trigger="click" labelFormatter={label} isAnimationActive={false} />
      {journey.personas.map((persona) => (
        <Line
          key={persona.id}
          dataKey={persona.id}
          name={persona.name}
          stroke={persona.color ?? '#888'}
          dot={{ r: 3 }}
          connectNulls
          hide={hidden === persona.id}
          isAnimationActive={false}
        />
      ))}
    </LineChart>
  );
}

const lines = () => document.querySelectorAll('.recharts-line');
const dots = () => document.querySelectorAll('.recharts-line-dots .recharts-dot');

installBench({
  name: 'recharts',
  notes: {
    mount: 'rows built from the document + createRoot().render(<LineChart>) → first paint showing the lines and dots (recharts draws them in a second commit)',
    filter: 'a Line gets `hide` (state) → paint without that persona line',
    click: 'click on a dot → Tooltip (trigger="click") with the touchpoint label visible and painted',
  },
  async mount(container, journey) {
    journeyDocument = journey;
    committed = deferred();
    createRoot(container).render(<Chart journey={journey} />);
    await committed.promise;
  },
  complete() {
    return lines().length > 0 && (journeyDocument!.touchpoints.length === 0 || dots().length > 0);
  },
  async hidePersona(personaId) {
    committed = deferred();
    hideFromOutside!(personaId);
    await committed.promise;
  },
  clickTarget(): ClickTarget | null {
    const surface = document.querySelector('.recharts-surface');
    const all = Array.from(dots()).slice(0, 5_000);
    // A dot away from the chart's left edge, so the nearest x index is unambiguous.
    for (const dot of all.slice(Math.min(10, Math.max(0, all.length - 1)))) {
      if (!fullyVisible(dot, surface)) continue;
      const rect = dot.getBoundingClientRect();
      const x = rect.left + rect.width / 2;
      const y = rect.top + rect.height / 2;
      return { x, y, expect: 'tp-', what: `dot at (${Math.round(x)}, ${Math.round(y)})` };
    }
    return null;
  },
  popoverText() {
    const tooltip = document.querySelector('.recharts-tooltip-wrapper');
    const content = tooltip?.querySelector('.recharts-default-tooltip');
    return isShown(tooltip) && isShown(content ?? null) ? (tooltip!.textContent ?? '') : null;
  },
  counts() {
    return { lanes: lines().length, items: dots().length };
  },
});
