/**
 * journeykit's page: the composed `JourneyMap` (toolbar, personas, swimlanes by persona, emotion
 * curve, legend) from the raw generated document — validation, layout and rendering are all part
 * of mount. Filters are controlled (`filters` / `onFiltersChange`); a click on a card opens the
 * TouchpointPopover. `?opt.density=…` is passed through as the `density` prop.
 */
import type { JourneyDocument } from '@journeykit/core';
import { JourneyMap, type JourneyFilters } from '@journeykit/react';
import '@journeykit/react/styles.css';
import { useLayoutEffect, useState, type ComponentProps } from 'react';
import { createRoot } from 'react-dom/client';
import { deferred, fullyVisible, installBench, isShown, type ClickTarget } from './harness';

let committed = deferred();
let setFiltersFromOutside: ((filters: JourneyFilters) => void) | null = null;
let journeyDocument: JourneyDocument | null = null;

function App({ journey, extra }: { journey: JourneyDocument; extra: Record<string, unknown> }) {
  const [filters, setFilters] = useState<JourneyFilters>({});
  setFiltersFromOutside = setFilters;
  // The parent's layout effect runs after every child's: the whole map is committed.
  useLayoutEffect(() => committed.resolve(), [filters]);
  return <JourneyMap journey={journey} filters={filters} onFiltersChange={setFilters} {...(extra as Partial<ComponentProps<typeof JourneyMap>>)} />;
}

const root = () => document.querySelector('.jk-journey-map');

// A canvas (dense) view draws without touching the DOM: count 2D drawing calls to know when it has drawn.
let canvasDraws = 0;
let drawsAtFilter = 0;
for (const method of ['fill', 'fillRect', 'stroke', 'strokeRect', 'fillText', 'drawImage', 'putImageData'] as const) {
  const prototype = CanvasRenderingContext2D.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  const original = prototype[method]!;
  prototype[method] = function (this: unknown, ...args: unknown[]) {
    canvasDraws += 1;
    return original.apply(this, args);
  };
}
const canvasView = () => cards().length === 0 && !!root()?.querySelector('canvas');
const cards = () => document.querySelectorAll<HTMLElement>('.jk-journey-map [data-touchpoint-index]');

installBench({
  name: 'journeykit',
  notes: {
    mount: 'createRoot().render(<JourneyMap journey={rawDocument}>) → first paint after the commit: validation + analysis + layout + React render + browser layout/paint',
    filter: "controlled `filters` state: { personaIds: all but one } → paint (the persona's lane and its touchpoints disappear)",
    click: 'click on a touchpoint card → TouchpointPopover (Radix) with the touchpoint title visible and painted',
  },
  async mount(container, journey, params) {
    journeyDocument = journey;
    const extra: Record<string, unknown> = {};
    if (params.options.density) extra.density = params.options.density;
    committed = deferred();
    createRoot(container).render(<App journey={journey} extra={extra} />);
    await committed.promise;
  },
  complete() {
    // Cards, or (a dense mode) a canvas that has been drawn on.
    return cards().length > 0 || (canvasView() && canvasDraws > 0);
  },
  hiddenNow(before) {
    // The lane is gone from the DOM; on a canvas view without DOM lanes: the canvas was redrawn since the filter.
    const now = this.counts();
    return now.lanes < before.lanes || (before.lanes === 0 && canvasView() && canvasDraws > drawsAtFilter);
  },
  async hidePersona(personaId) {
    drawsAtFilter = canvasDraws;
    committed = deferred();
    setFiltersFromOutside!({ personaIds: journeyDocument!.personas.map((persona) => persona.id).filter((id) => id !== personaId) });
    await committed.promise;
  },
  clickTarget(): ClickTarget | null {
    if (new URLSearchParams(location.search).has('opt.probe')) return null;
    const card = cards()[0];
    if (!card) return null;
    if (!fullyVisible(card)) card.scrollIntoView({ block: 'center', inline: 'center' });
    const rect = card.getBoundingClientRect();
    const x = rect.left + rect.width / 2;
    const y = rect.top + rect.height / 2;
    if (document.elementFromPoint(x, y)?.closest('[data-touchpoint-index]') !== card) return null;
    const touchpoint = journeyDocument!.touchpoints[Number(card.dataset.touchpointIndex)]!;
    return { x, y, expect: touchpoint.title, what: `card ${touchpoint.id} "${touchpoint.title}"` };
  },
  probeArea() {
    // A dense (canvas) view, or — to validate the probing itself — the swimlanes with ?opt.probe=1.
    const probeCards = new URLSearchParams(location.search).has('opt.probe');
    const surface = root()?.querySelector<HTMLElement>(probeCards ? '.jk-swimlanes__viewport' : 'canvas');
    if (!surface) return null;
    if (surface.getBoundingClientRect().top > innerHeight * 0.6) surface.scrollIntoView({ block: 'start' });
    const rect = surface.getBoundingClientRect();
    return { left: Math.max(0, rect.left), top: Math.max(0, rect.top), right: Math.min(innerWidth, rect.right), bottom: Math.min(innerHeight, rect.bottom) };
  },
  popoverText() {
    const popover = document.querySelector('.jk-touchpoint-popover');
    return isShown(popover) ? (popover.textContent ?? '') : null;
  },
  counts() {
    return { lanes: root()?.querySelectorAll('.jk-swimlanes__lane').length ?? 0, items: cards().length };
  },
});
