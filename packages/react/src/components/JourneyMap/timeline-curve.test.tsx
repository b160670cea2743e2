import { computeJourneyLayout, emotionLine, parseJourney } from '@journeykit/core';
import { softwarePurchaseJourney } from '@journeykit/core/samples';
import { timelineCurveLayout } from './timeline-curve';

const journey = parseJourney(softwarePurchaseJourney);
const options = { axis: 'time', lanes: 'persona', cardWidth: 168, laneHeaderWidth: 220, width: 1200 } as const;
const timeline = computeJourneyLayout(journey, { ...options, emotionHeight: 0 });
const layout = computeJourneyLayout(journey, { ...options, emotionHeight: 180 });
const startOf = (personaId: string, touchpointId: string) => timeline.items.find((item) => item.key === `${touchpointId}@persona:${personaId}`)!.x;

describe('timelineCurveLayout', () => {
  it('at rest puts each point at its card’s start and keeps phases and band', () => {
    const curve = timelineCurveLayout(layout, { k: 1, x: 0, end: layout.width }, 168);
    for (const series of curve.emotion.series)
      for (const point of series.points) expect(point.x).toBeCloseTo(startOf(series.personaId, point.touchpointId), 6);
    expect(curve.phases.map(({ x, width }) => [x, width])).toEqual(layout.phases.map(({ x, width }) => [x, width]));
    expect([curve.emotion.x, curve.emotion.width, curve.width]).toEqual([layout.emotion.x, layout.emotion.width, layout.width]);
    expect(curve.emotion.yTicks).toBe(layout.emotion.yTicks);
  });

  it('moves points and phases through the zoom and cuts the band and phases to the visible part', () => {
    const zoom = { k: 3, x: -900, end: 1000 };
    const curve = timelineCurveLayout(layout, zoom, 168);
    const applyX = (x: number) => x * zoom.k + zoom.x;
    const anna = curve.emotion.series[0]!;
    anna.points.forEach((point) => expect(point.x).toBeCloseTo(applyX(startOf(anna.personaId, point.touchpointId)), 6));
    expect(anna.desired.map((point) => point.x)).toEqual(anna.points.map((point) => point.x));
    expect(anna.path).toBe(emotionLine()(anna.points));
    expect(anna.desiredPath).toBe(emotionLine()(anna.desired));
    // The band: from the lane header column's end to the visible end.
    expect([curve.emotion.x, curve.emotion.x + curve.emotion.width, curve.width]).toEqual([220, 1000, 1000]);
    // Phases: zoomed, cut to [220, 1000], those outside left out.
    for (const phase of curve.phases) {
      const original = layout.phases.find((entry) => entry.id === phase.id)!;
      expect(phase.x).toBeCloseTo(Math.max(220, applyX(original.x)), 6);
      expect(phase.x + phase.width).toBeCloseTo(Math.min(1000, applyX(original.x + original.width)), 6);
    }
    const visible = layout.phases.filter((phase) => applyX(phase.x + phase.width) > 220 && applyX(phase.x) < 1000);
    expect(curve.phases.map((phase) => phase.id)).toEqual(visible.map((phase) => phase.id));
    expect(curve.phases.length).toBeLessThan(layout.phases.length);
  });

  it('ends the band with the content when zoomed out and leaves the layout alone', () => {
    const copy = structuredClone(layout);
    const curve = timelineCurveLayout(layout, { k: 0.5, x: 110, end: 1200 }, 168);
    expect(curve.emotion.x + curve.emotion.width).toBe(layout.width * 0.5 + 110);
    expect(layout).toEqual(copy);
  });
});
