import { parseJourney } from '../schema/validate';
import type { JourneyDocument } from './types';
import { touchpointOrder } from './order';
import { journeyTimeline } from './time';

const base = (touchpoints: JourneyDocument['touchpoints'], extra: Partial<JourneyDocument> = {}) =>
  parseJourney({
    version: 1,
    id: 'j',
    title: 'T',
    type: 'current-state',
    phases: [
      { id: 'a', name: 'A' },
      { id: 'b', name: 'B' },
    ],
    personas: [{ id: 'p', name: 'P', role: 'user' }],
    touchpoints,
    ...extra,
  });
const tp = (id: string, phaseId: string, more: Record<string, unknown> = {}) =>
  ({ id, phaseId, personaIds: ['p'], title: id, channel: 'website', mode: 'online', influence: 'direct', ...more }) as JourneyDocument['touchpoints'][number];

describe('journeyTimeline', () => {
  it('counts ISO dates from the earliest date and adds durations', () => {
    const timeline = journeyTimeline(base([tp('x', 'a', { at: '2026-01-10' }), tp('y', 'b', { at: '2026-01-05', durationDays: 2 }), tp('z', 'b')]));
    expect(timeline.originMs).toBe(Date.UTC(2026, 0, 5));
    expect(timeline.startDays).toEqual([5, 0, undefined]);
    expect(timeline.endDays).toEqual([5, 2, undefined]);
    expect(timeline.timed).toBe(true);
  });

  it('uses startDate as day 0 and takes numbers as day offsets', () => {
    const timeline = journeyTimeline(base([tp('x', 'a', { at: 3 }), tp('y', 'a', { at: '2026-01-03T12:00:00Z' })], { startDate: '2026-01-01' }));
    expect(timeline.startDays).toEqual([3, 2.5]);
  });

  it('has no origin for offset-only or untimed journeys', () => {
    expect(journeyTimeline(base([tp('x', 'a', { at: 4 })])).originMs).toBeNull();
    expect(journeyTimeline(base([tp('x', 'a')])).timed).toBe(false);
  });
});

describe('touchpointOrder', () => {
  it('orders by phase, then time, then order, then document position', () => {
    const journey = base([
      tp('late-b', 'b', { at: 9 }),
      tp('untimed-a2', 'a', { order: 2 }),
      tp('untimed-a1', 'a', { order: 1 }),
      tp('early-a', 'a', { at: 1 }),
      tp('same-a', 'a', { at: 1 }),
      tp('untimed-a', 'a'),
    ]);
    expect(touchpointOrder(journey).map((index) => journey.touchpoints[index]!.id)).toEqual(['early-a', 'same-a', 'untimed-a1', 'untimed-a2', 'untimed-a', 'late-b']);
  });

  it('puts touchpoints of unknown phases (lenient mode) last', () => {
    const journey = parseJourney(
      { version: 1, id: 'j', title: 'T', type: 'tactical', phases: [{ id: 'a', name: 'A' }], personas: [{ id: 'p', name: 'P', role: 'user' }], touchpoints: [tp('ghost', 'zz'), tp('real', 'a')] },
      { lenient: true },
    );
    expect(touchpointOrder(journey)).toEqual([1, 0]);
  });
});
