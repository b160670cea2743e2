import { parseJourney } from '../schema/validate';
import { computeJourneyLayout } from './compute-layout';
import { boxesOf, itemOf, smallDocument, smallJourney, touchpoint } from './test-fixtures';

// Defaults: card 168×76, gap 8, lanePadding 12, phase header 48, lane header 200, min phase width 176,
// min lane height 100, emotion band 160. Card pitch = 176; a card starts half a gap (4) into its column.

describe('computeJourneyLayout — ordinal axis, lanes by persona', () => {
  const layout = computeJourneyLayout(smallJourney());

  it('sizes phase columns by their fullest lane cell, keeping empty phases at the minimum width', () => {
    expect(layout.phases).toEqual([
      { id: 'aw', name: 'Awareness', index: 0, x: 200, width: 352 },
      { id: 'co', name: 'Consideration', index: 1, x: 552, width: 352 },
      { id: 'de', name: 'Decision', index: 2, x: 904, width: 176 },
    ]);
    expect(layout.width).toBe(1080);
  });

  it('stacks one lane per persona below the phase headers', () => {
    expect(layout.lanes).toEqual([
      { id: 'persona:p1', kind: 'persona', label: 'Anna', personaId: 'p1', y: 48, height: 100, rows: 1, index: 0 },
      { id: 'persona:p2', kind: 'persona', label: 'Ben', personaId: 'p2', y: 148, height: 100, rows: 1, index: 1 },
    ]);
    expect(layout.height).toBe(48 + 200 + 160);
  });

  it('lays each lane cell left to right in reading order; a touchpoint of two personas is in both lanes', () => {
    expect(boxesOf(layout, 'persona:p1')).toEqual([
      ['t1', 204, 60, 0],
      ['t2', 380, 60, 0],
      ['t4', 556, 60, 0],
      ['t5', 732, 60, 0],
    ]);
    expect(boxesOf(layout, 'persona:p2')).toEqual([
      ['t2', 204, 160, 0],
      ['t3', 556, 160, 0],
    ]);
  });

  it('describes every item completely', () => {
    expect(itemOf(layout, 't2', 'persona:p2')).toEqual({
      key: 't2@persona:p2',
      touchpointId: 't2',
      touchpointIndex: 1,
      phaseId: 'aw',
      laneId: 'persona:p2',
      x: 204,
      y: 160,
      width: 168,
      height: 76,
      row: 0,
      order: 1,
    });
    expect(layout.items.map((item) => item.order)).toEqual([0, 1, 2, 3, 1, 4]);
  });

  it('has one tick per phase center on the ordinal axis and header frames', () => {
    expect(layout.axis).toEqual({
      kind: 'ordinal',
      y: 48,
      height: 0,
      ticks: [
        { x: 376, label: 'Awareness', value: 'aw' },
        { x: 728, label: 'Consideration', value: 'co' },
        { x: 992, label: 'Decision', value: 'de' },
      ],
    });
    expect(layout.phaseHeader).toEqual({ y: 0, height: 48 });
    expect(layout.laneHeader).toEqual({ x: 0, width: 200 });
    expect(layout.laneKind).toBe('persona');
    expect(layout.dense).toBe(false);
    expect(layout.unplaced).toEqual([]);
  });

  it('is plain JSON and the same on every call', () => {
    expect(JSON.parse(JSON.stringify(layout))).toStrictEqual(layout);
    expect(computeJourneyLayout(smallJourney())).toStrictEqual(layout);
  });
});

describe('computeJourneyLayout — sizes and density', () => {
  it('honours custom sizes, minimum phase width and minimum lane height', () => {
    const layout = computeJourneyLayout(smallJourney(), {
      cardWidth: 100,
      cardHeight: 40,
      gap: 10,
      lanePadding: 5,
      phaseHeaderHeight: 30,
      laneHeaderWidth: 120,
      minPhaseWidth: 300,
      minLaneHeight: 20,
      emotionHeight: 0,
    });
    expect(layout.phases.map((phase) => [phase.x, phase.width])).toEqual([
      [120, 300],
      [420, 300],
      [720, 300],
    ]);
    expect(layout.lanes.map((lane) => [lane.y, lane.height])).toEqual([
      [30, 50],
      [80, 50],
    ]);
    expect(boxesOf(layout, 'persona:p1')).toEqual([
      ['t1', 125, 35, 0],
      ['t2', 235, 35, 0],
      ['t4', 425, 35, 0],
      ['t5', 535, 35, 0],
    ]);
    expect([layout.width, layout.height]).toEqual([1020, 130]);
  });

  it('sets dense when the items exceed denseThreshold', () => {
    expect(computeJourneyLayout(smallJourney(), { denseThreshold: 6 }).dense).toBe(false);
    expect(computeJourneyLayout(smallJourney(), { denseThreshold: 5 }).dense).toBe(true);
  });

  it('lays out a journey without touchpoints: empty lanes of the minimum height, min-width phases', () => {
    const layout = computeJourneyLayout(smallJourney({ touchpoints: [] }));
    expect(layout.items).toEqual([]);
    expect(layout.phases.map((phase) => phase.width)).toEqual([176, 176, 176]);
    expect(layout.lanes.map((lane) => [lane.rows, lane.height])).toEqual([
      [0, 100],
      [0, 100],
    ]);
    expect(layout.emotion.series.map((series) => [series.personaId, series.points, series.path])).toEqual([
      ['p1', [], ''],
      ['p2', [], ''],
    ]);
  });
});

describe('computeJourneyLayout — lanes by channel', () => {
  const layout = computeJourneyLayout(smallJourney(), { lanes: 'channel' });

  it('makes one lane per channel in order of first appearance in reading order, with catalogue labels', () => {
    expect(layout.lanes.map((lane) => [lane.id, lane.label, lane.channel, lane.y])).toEqual([
      ['channel:website', 'Website', 'website', 48],
      ['channel:webinar', 'Webinar', 'webinar', 148],
      ['channel:phone', 'Phone call', 'phone', 248],
      ['channel:review-portal', 'Review portal', 'review-portal', 348],
    ]);
  });

  it('places each touchpoint once, in its channel lane', () => {
    expect(layout.items.map((item) => [item.key, item.x, item.y])).toEqual([
      ['t1@channel:website', 204, 60],
      ['t5@channel:website', 380, 60],
      ['t2@channel:webinar', 204, 160],
      ['t4@channel:phone', 380, 260],
      ['t3@channel:review-portal', 380, 360],
    ]);
    expect(layout.phases.map((phase) => phase.width)).toEqual([176, 176, 176]);
  });

  it('uses German catalogue labels for a German journey', () => {
    const german = computeJourneyLayout(smallJourney({ locale: 'de-DE' }), { lanes: 'channel' });
    expect(german.lanes.map((lane) => lane.label)).toEqual(['Website', 'Webinar', 'Telefonat', 'Bewertungsportal']);
  });
});

describe('computeJourneyLayout — service blueprint lanes', () => {
  const layout = computeJourneyLayout(smallJourney(), { lanes: 'blueprint' });

  it('always shows the five layers top to bottom', () => {
    expect(layout.lanes.map((lane) => [lane.id, lane.layer, lane.label, lane.y])).toEqual([
      ['blueprint:customer', 'customer', 'Customer actions', 48],
      ['blueprint:frontstage', 'frontstage', 'Frontstage', 148],
      ['blueprint:backstage', 'backstage', 'Backstage', 248],
      ['blueprint:support', 'support', 'Support processes', 348],
      ['blueprint:technology', 'technology', 'Technology', 448],
    ]);
  });

  it('derives layer items from the owner, aligned under their customer action', () => {
    const rows = (laneId: string) => layout.items.filter((item) => item.laneId === laneId).map((item) => [item.touchpointId, item.x, item.label]);
    expect(rows('blueprint:customer')).toEqual([
      ['t1', 204, undefined],
      ['t2', 380, undefined],
      ['t4', 556, undefined],
      ['t5', 732, undefined],
      ['t3', 908, undefined],
    ]);
    // t2 and t5 have no role but are direct: the channel itself is the frontstage; t3 is indirect: none.
    expect(rows('blueprint:frontstage')).toEqual([
      ['t1', 204, 'Inside sales'],
      ['t2', 380, 'Webinar'],
      ['t4', 556, 'Key account manager'],
      ['t5', 732, 'Website'],
    ]);
    expect(rows('blueprint:backstage')).toEqual([['t2', 380, 'Lead scoring']]);
    expect(rows('blueprint:support')).toEqual([
      ['t2', 380, 'Marketing'],
      ['t4', 556, 'Sales'],
    ]);
    expect(rows('blueprint:technology')).toEqual([
      ['t1', 204, 'HubSpot'],
      ['t4', 556, 'Salesforce'],
    ]);
    expect(layout.phases.map((phase) => phase.width)).toEqual([352, 528, 176]);
  });

  it('draws the emotion curves through the customer-action items', () => {
    const anna = layout.emotion.series.find((series) => series.personaId === 'p1')!;
    expect(anna.points.map((point) => [point.touchpointId, point.x])).toEqual([
      ['t1', 288],
      ['t2', 464],
      ['t4', 640],
      ['t5', 816],
    ]);
  });
});

describe('computeJourneyLayout — filters', () => {
  it('hides the lanes of filtered-out personas and their touchpoints', () => {
    const layout = computeJourneyLayout(smallJourney(), { filter: { personaIds: ['p2'] } });
    expect(layout.lanes.map((lane) => lane.id)).toEqual(['persona:p2']);
    expect(boxesOf(layout, 'persona:p2')).toEqual([
      ['t2', 204, 60, 0],
      ['t3', 380, 60, 0],
    ]);
    expect(layout.emotion.series.map((series) => series.personaId)).toEqual(['p2']);
  });

  it('filters by mode, influence and channel', () => {
    const ids = (filter: Parameters<typeof computeJourneyLayout>[1]) => computeJourneyLayout(smallJourney(), filter).items.map((item) => item.key);
    expect(ids({ filter: { modes: ['offline'] } })).toEqual(['t4@persona:p1']);
    expect(ids({ filter: { influences: ['indirect'] } })).toEqual(['t3@persona:p2']);
    expect(ids({ filter: { channels: ['webinar', 'phone'] } })).toEqual(['t2@persona:p1', 't4@persona:p1', 't2@persona:p2']);
    expect(ids({ filter: { channels: [] } })).toEqual([]);
  });

  it('hides the columns of filtered-out phases', () => {
    const layout = computeJourneyLayout(smallJourney(), { filter: { phaseIds: ['co'] } });
    expect(layout.phases).toEqual([{ id: 'co', name: 'Consideration', index: 1, x: 200, width: 352 }]);
    expect(boxesOf(layout, 'persona:p1')).toEqual([
      ['t4', 204, 60, 0],
      ['t5', 380, 60, 0],
    ]);
  });

  it('shows only the channels of the remaining touchpoints as lanes', () => {
    const layout = computeJourneyLayout(smallJourney(), { lanes: 'channel', filter: { personaIds: ['p2'] } });
    expect(layout.lanes.map((lane) => lane.id)).toEqual(['channel:webinar', 'channel:review-portal']);
  });
});

describe('computeJourneyLayout — unplaced touchpoints (lenient data)', () => {
  const document = smallDocument();
  document.touchpoints.push(
    touchpoint({ id: 't6', phaseId: 'ghost-phase', personaIds: ['p1'] }),
    touchpoint({ id: 't7', phaseId: 'aw', personaIds: ['nobody'], order: 0 }),
    touchpoint({ id: 't8', phaseId: 'aw', personaIds: ['nobody', 'p2'], order: 3 }),
  );
  const layout = computeJourneyLayout(parseJourney(document, { lenient: true }));

  it('lists touchpoints with an unknown phase or no known persona, in reading order', () => {
    expect(layout.unplaced).toEqual(['t7', 't6']);
    expect(layout.items.some((item) => item.touchpointId === 't6' || item.touchpointId === 't7')).toBe(false);
  });

  it('places a touchpoint in the lanes of its known personas, ignoring unknown ones', () => {
    expect(boxesOf(layout, 'persona:p2').map(([id]) => id)).toEqual(['t2', 't8', 't3']);
  });

  it('keeps unplaced touchpoints out of a filter that excludes them', () => {
    expect(computeJourneyLayout(parseJourney(document, { lenient: true }), { filter: { phaseIds: ['aw'] } }).unplaced).toEqual(['t7']);
  });
});
