/**
 * vis-timeline's page (+ vis-data): one group per persona, one item per touchpoint and persona
 * (as journeykit draws a card per touchpoint in each persona's lane) at the touchpoint's date — a
 * range when it has a duration, else a box — content = title, `title` = a tooltip with persona,
 * phase, channel and emotion. Stacked, 800 px high with vertical scroll, the initial window set to
 * the journey's span.
 */
import type { JourneyDocument } from '@journeykit/core';
import { DataSet } from 'vis-data';
import { Timeline, type DataGroup, type DataItem, type TimelineOptions } from 'vis-timeline';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { fullyVisible, installBench, isShown, type ClickTarget } from './harness';

const DAY = 86_400_000;
let timeline: Timeline | null = null;
let groups: DataSet<DataGroup> | null = null;

/** Resolves after vis-timeline's next redraw ('changed'), or at once if `action` redrew synchronously. */
function afterRedraw(action: () => void): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const onChanged = () => {
      if (done) return;
      done = true;
      timeline!.off('changed', onChanged);
      resolve();
    };
    timeline!.on('changed', onChanged);
    action();
  });
}

function toDataSets(journey: JourneyDocument) {
  const personaNames = new Map(journey.personas.map((persona) => [persona.id, persona.name]));
  const phaseNames = new Map(journey.phases.map((phase) => [phase.id, phase.name]));
  const items: DataItem[] = [];
  let min = Infinity;
  let max = -Infinity;
  for (const touchpoint of journey.touchpoints) {
    const start = typeof touchpoint.at === 'number' ? new Date(Date.UTC(2026, 0, 5) + touchpoint.at * DAY) : new Date(String(touchpoint.at));
    const end = touchpoint.durationDays ? new Date(start.getTime() + touchpoint.durationDays * DAY) : undefined;
    min = Math.min(min, start.getTime());
    max = Math.max(max, (end ?? start).getTime());
    for (const personaId of touchpoint.personaIds ?? []) {
      items.push({
        id: `${touchpoint.id}@${personaId}`,
        group: personaId,
        start,
        ...(end ? { end, type: 'range' } : { type: 'box' }),
        content: touchpoint.title,
        title: `${touchpoint.title} — ${personaNames.get(personaId)}, ${phaseNames.get(touchpoint.phaseId)}, ${touchpoint.channel}, emotion ${touchpoint.emotion ?? 'n/a'}`,
      });
    }
  }
  const groupList: DataGroup[] = journey.personas.map((persona) => ({ id: persona.id, content: persona.name }));
  const margin = Math.max(DAY, (max - min) * 0.02);
  const span = Number.isFinite(min) ? { start: new Date(min - margin), end: new Date(max + margin) } : {};
  return { items: new DataSet<DataItem>(items), groups: new DataSet<DataGroup>(groupList), span };
}

installBench({
  name: 'vis-timeline',
  notes: {
    mount:
      'DataSets built from the document + new Timeline(…) → onInitialDrawComplete → first paint. vis-timeline keeps its root hidden until its range has settled (a 200 ms timer, then its next redraw): at small sizes about 1 s of its mount is that wait, not work',
    filter: "groups.update({ id: persona, visible: false }) → 'changed' → paint",
    click: 'pointer onto an item and click → item selected (.vis-selected) and its `title` tooltip (hover, delay 0) visible and painted; vis-timeline has no click popover',
  },
  mount(container, journey, params) {
    return new Promise((resolve) => {
      const data = toDataSets(journey);
      groups = data.groups;
      const options: TimelineOptions = {
        // The journey's span as the initial window: without it vis-timeline first draws around today
        // and shows its own fit only at the next redraw (its 1 s resize check).
        ...data.span,
        stack: true,
        height: '800px',
        verticalScroll: true,
        orientation: 'top',
        showCurrentTime: false,
        selectable: true,
        tooltip: { delay: 0, followMouse: false, overflowMethod: 'flip' },
        onInitialDrawComplete: () => resolve(),
      };
      // For experiments: ?opt.stack=false, ?opt.height=auto …
      if (params.options.stack) options.stack = params.options.stack === 'true';
      if (params.options.height) options.height = params.options.height === 'auto' ? undefined : params.options.height;
      timeline = new Timeline(container, data.items, data.groups, options);
    });
  },
  complete() {
    const root = document.querySelector<HTMLElement>('.vis-timeline');
    return !!root && root.style.visibility !== 'hidden' && document.querySelector('.vis-item') !== null;
  },
  hidePersona(personaId) {
    return afterRedraw(() => groups!.update({ id: personaId, visible: false }));
  },
  clickTarget(): ClickTarget | null {
    const center = document.querySelector('.vis-panel.vis-center');
    const items = document.querySelectorAll<HTMLElement>('.vis-item.vis-box, .vis-item.vis-range');
    for (const item of Array.from(items).slice(0, 2_000)) {
      if (!fullyVisible(item, center)) continue;
      const rect = item.getBoundingClientRect();
      const x = rect.left + rect.width / 2;
      const y = rect.top + rect.height / 2;
      if (document.elementFromPoint(x, y)?.closest('.vis-item') !== item) continue;
      const title = item.querySelector('.vis-item-content')?.textContent ?? '';
      return { x, y, expect: title, what: `item "${title}"` };
    }
    return null;
  },
  popoverText() {
    const tooltip = document.querySelector('.vis-tooltip');
    const selected = document.querySelector('.vis-item.vis-selected');
    return isShown(tooltip) && isShown(selected) ? (tooltip.textContent ?? '') : null;
  },
  counts() {
    return { lanes: document.querySelectorAll('.vis-labelset .vis-label').length, items: document.querySelectorAll('.vis-item.vis-box, .vis-item.vis-range').length };
  },
});
