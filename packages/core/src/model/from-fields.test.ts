import fc from 'fast-check';
import { journeyDocumentArbitrary } from '../../../../test/support/arbitraries';
import { createAnalysisContext } from '../analysis/context';
import { selectTouchpoints } from '../layout/selection';
import { generateJourney } from '../samples/generate';
import { parseJourney } from '../schema/validate';
import { readingOrder, touchpointOrder } from './order';
import { journeyTimeline, timelineOf } from './time';
import type { Journey } from './types';

/** `at`, `durationDays ?? 0`, `phaseId` and `order ?? Infinity` of every touchpoint, read by name. */
function fieldsOf(journey: Journey) {
  const { touchpoints } = journey;
  return {
    ats: touchpoints.map((touchpoint) => touchpoint.at as unknown),
    durations: Float64Array.from(touchpoints, (touchpoint) => touchpoint.durationDays ?? 0),
    phaseIds: touchpoints.map((touchpoint) => touchpoint.phaseId as unknown),
    orderKeys: Float64Array.from(touchpoints, (touchpoint) => touchpoint.order ?? Number.POSITIVE_INFINITY),
  };
}

function expectSameAsModel(journey: Journey): void {
  const timeline = journeyTimeline(journey);
  const order = touchpointOrder(journey, timeline);
  const { ats, durations, phaseIds, orderKeys } = fieldsOf(journey);
  const fromFields = timelineOf(journey.startDate, ats, durations);
  expect(fromFields).toStrictEqual(timeline);
  expect(readingOrder(journey.phases, phaseIds, orderKeys, fromFields)).toEqual(order);
  // The analysis context and the layout selection read the fields themselves, in one pass.
  const context = createAnalysisContext(journey);
  expect(context.timeline).toStrictEqual(timeline);
  expect(context.order).toEqual(order);
  const selection = selectTouchpoints(journey, {}, false);
  expect(selection.timeline).toStrictEqual(timeline);
  expect(Array.from(selection.orderOf)).toEqual(order.reduce<number[]>((ranks, index, rank) => ((ranks[index] = rank), ranks), []));
}

describe('timelineOf and readingOrder (the model from fields already read)', () => {
  it('equal journeyTimeline and touchpointOrder for a generated journey', () => {
    expectSameAsModel(parseJourney(generateJourney({ seed: 7, touchpoints: 300, personas: 4, phases: 5 })));
  });

  it('equal them for mixed times: dates, date-times, day offsets, durations, orders and none', () => {
    const document = generateJourney({ seed: 3, touchpoints: 40, personas: 3, phases: 4 });
    document.touchpoints.forEach((touchpoint, index) => {
      const kind = index % 5;
      if (kind === 0) delete touchpoint.at;
      else if (kind === 1) touchpoint.at = index;
      else if (kind === 2) touchpoint.at = `2026-02-0${(index % 9) + 1}T10:30:00+01:00`;
      if (index % 3 === 0) touchpoint.durationDays = index / 4;
      if (index % 4 === 0) touchpoint.order = 40 - index;
    });
    expectSameAsModel(parseJourney(document));
  });

  it('equal them for arbitrary valid documents', () => {
    fc.assert(
      fc.property(journeyDocumentArbitrary({ maxTouchpoints: 12 }), (document) => expectSameAsModel(parseJourney(document))),
      { numRuns: 200 },
    );
  });
});
