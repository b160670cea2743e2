import fc from 'fast-check';
import type { Journey } from '../model/types';
import { generateJourney } from '../samples/generate';
import { parseJourney } from '../schema/validate';
import { computeJourneyLayout } from './compute-layout';
import { hitTest, itemsInViewport } from './spatial-index';
import type { JourneyLayout, JourneyLayoutItem, JourneyLayoutOptions } from './types';

/** A generated journey plus random layout options (including filters drawn from the journey). */
const scenario = fc
  .record({
    seed: fc.integer({ min: 1, max: 1_000_000 }),
    touchpoints: fc.integer({ min: 0, max: 120 }),
    personas: fc.integer({ min: 1, max: 5 }),
    phases: fc.integer({ min: 1, max: 6 }),
    timed: fc.boolean(),
    timeFormat: fc.constantFrom('date' as const, 'days' as const),
    broken: fc.integer({ min: 0, max: 3 }),
  })
  .chain(({ broken, ...generated }) => {
    const journey = withBrokenReferences(parseJourney(generateJourney(generated)), broken);
    const options = fc.record(
      {
        axis: fc.constantFrom('ordinal' as const, 'time' as const),
        lanes: fc.constantFrom('persona' as const, 'channel' as const, 'blueprint' as const),
        pixelsPerDay: fc.constantFrom(2, 10, 32, 80),
        gap: fc.constantFrom(0, 8),
        filter: fc.record(
          {
            personaIds: fc.subarray(journey.personas.map((persona) => persona.id)),
            phaseIds: fc.subarray(journey.phases.map((phase) => phase.id)),
            modes: fc.subarray(['online', 'offline'] as const),
          },
          { requiredKeys: [] },
        ),
      },
      { requiredKeys: ['axis', 'lanes'] },
    );
    return fc.tuple(fc.constant(journey), options);
  });

const RUNS = { numRuns: 40 };

function byLane(layout: JourneyLayout): Map<string, JourneyLayoutItem[]> {
  const lanes = new Map<string, JourneyLayoutItem[]>();
  for (const item of layout.items) lanes.set(item.laneId, [...(lanes.get(item.laneId) ?? []), item]);
  return lanes;
}

const overlaps = (a: JourneyLayoutItem, b: JourneyLayoutItem) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('computeJourneyLayout — properties on generated journeys', { timeout: 60_000 }, () => {
  it('never overlaps two cards of one lane', () => {
    fc.assert(
      fc.property(scenario, ([journey, options]) => {
        for (const items of byLane(computeJourneyLayout(journey, options)).values()) {
          const sorted = [...items].sort((a, b) => a.x - b.x);
          // Sweep: only cards starting before the current card's right end can overlap it.
          for (let i = 0; i < sorted.length; i++)
            for (let j = i + 1; j < sorted.length && sorted[j]!.x < sorted[i]!.x + sorted[i]!.width; j++) expect(overlaps(sorted[i]!, sorted[j]!)).toBe(false);
        }
      }),
      RUNS,
    );
  });

  it('keeps every box inside the map, its lane, and right of the lane headers', () => {
    fc.assert(
      fc.property(scenario, ([journey, options]) => {
        const layout = computeJourneyLayout(journey, options);
        const lanes = new Map(layout.lanes.map((lane) => [lane.id, lane]));
        for (const item of layout.items) {
          const lane = lanes.get(item.laneId)!;
          expect(item.x).toBeGreaterThanOrEqual(layout.laneHeader.width);
          expect(item.x + item.width).toBeLessThanOrEqual(layout.width);
          expect(item.y).toBeGreaterThanOrEqual(lane.y);
          expect(item.y + item.height).toBeLessThanOrEqual(lane.y + lane.height);
        }
        for (const phase of layout.phases) expect(phase.x + phase.width).toBeLessThanOrEqual(layout.width);
        const lastLane = layout.lanes.at(-1);
        expect(layout.emotion.y).toBe(lastLane ? lastLane.y + lastLane.height : layout.phaseHeader.height + layout.axis.height);
        expect(layout.height).toBe(layout.emotion.y + layout.emotion.height);
      }),
      RUNS,
    );
  });

  it('keeps reading order left to right within each lane cell, and phases ordered without overlap', () => {
    fc.assert(
      fc.property(scenario, ([journey, options]) => {
        const layout = computeJourneyLayout(journey, options);
        const cells = new Map<string, JourneyLayoutItem[]>();
        for (const item of layout.items) cells.set(`${item.laneId}|${item.phaseId}`, [...(cells.get(`${item.laneId}|${item.phaseId}`) ?? []), item]);
        for (const cell of cells.values()) {
          const byOrder = [...cell].sort((a, b) => a.order - b.order);
          for (let i = 1; i < byOrder.length; i++) {
            const [before, after] = [byOrder[i - 1]!, byOrder[i]!];
            if (options.axis === 'ordinal') expect(after.x).toBeGreaterThan(before.x);
            else expect(after.x > before.x || (after.x === before.x && after.row > before.row)).toBe(true);
          }
        }
        for (let i = 1; i < layout.phases.length; i++) expect(layout.phases[i]!.x).toBeGreaterThanOrEqual(layout.phases[i - 1]!.x + layout.phases[i - 1]!.width);
        for (const phase of layout.phases) expect(phase.width).toBeGreaterThanOrEqual(168 + (options.gap ?? 8)); // default minPhaseWidth
      }),
      RUNS,
    );
  });

  it('is deterministic, plain JSON, and accounts for every shown touchpoint', () => {
    fc.assert(
      fc.property(scenario, ([journey, options]) => {
        const layout = computeJourneyLayout(journey, options);
        expect(computeJourneyLayout(structuredClone(journey), structuredClone(options))).toStrictEqual(layout);
        expect(JSON.parse(JSON.stringify(layout))).toStrictEqual(layout);
        expect(new Set(layout.items.map((item) => item.key)).size).toBe(layout.items.length);
        const shown = new Set([...layout.items.map((item) => item.touchpointId), ...layout.unplaced]);
        expect(shown.size).toBe(expectedShown(journey, options));
      }),
      RUNS,
    );
  });

  it('puts every emotion point at the center of its card', () => {
    fc.assert(
      fc.property(scenario, ([journey, options]) => {
        const layout = computeJourneyLayout(journey, options);
        const centers = new Map(layout.items.map((item) => [`${item.touchpointId}@${item.laneId}`, item.x + item.width / 2]));
        for (const series of layout.emotion.series) {
          const laneOf = (touchpointId: string) =>
            layout.laneKind === 'persona' ? `persona:${series.personaId}` : layout.laneKind === 'blueprint' ? 'blueprint:customer' : layout.items.find((item) => item.touchpointId === touchpointId)!.laneId;
          for (const point of [...series.points, ...series.desired]) expect(point.x).toBe(centers.get(`${point.touchpointId}@${laneOf(point.touchpointId)}`));
          for (let i = 1; i < series.points.length; i++) expect(series.points[i]!.x).toBeGreaterThanOrEqual(series.points[i - 1]!.x);
        }
      }),
      RUNS,
    );
  });

  it('finds each card by hit test at its center and in a viewport around the map', () => {
    fc.assert(
      fc.property(scenario, ([journey, options]) => {
        const layout = computeJourneyLayout(journey, options);
        for (const item of layout.items) expect(hitTest(layout, item.x + item.width / 2, item.y + item.height / 2)).toBe(item);
        expect(itemsInViewport(layout, { x: 0, y: 0, width: layout.width, height: layout.height })).toHaveLength(layout.items.length);
      }),
      RUNS,
    );
  });
});

/** Lenient-mode data: every third of the first `count · 3` touchpoints gets an unknown phase or persona. */
function withBrokenReferences(journey: Journey, count: number): Journey {
  const touchpoints = journey.touchpoints.map((touchpoint, index) => {
    if (index % 3 !== 0 || index / 3 >= count) return touchpoint;
    return index % 2 === 0 ? { ...touchpoint, phaseId: 'ghost-phase' } : { ...touchpoint, personaIds: ['ghost-persona'] };
  });
  return { ...journey, touchpoints };
}

/** How many touchpoints pass `options.filter` (placed or unplaced) — computed independently of the layout. */
function expectedShown(journey: Journey, options: JourneyLayoutOptions): number {
  const filter = options.filter ?? {};
  return journey.touchpoints.filter(
    (touchpoint) =>
      (!filter.personaIds || touchpoint.personaIds.some((id) => filter.personaIds!.includes(id))) &&
      (!filter.phaseIds || filter.phaseIds.includes(touchpoint.phaseId)) &&
      (!filter.modes || filter.modes.includes(touchpoint.mode)),
  ).length;
}
