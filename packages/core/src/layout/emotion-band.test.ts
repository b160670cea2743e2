import { parseJourney } from '../schema/validate';
import { computeJourneyLayout } from './compute-layout';
import { emotionLine } from './emotion-band';
import { smallDocument, smallJourney } from './test-fixtures';

// Ordinal, lanes by persona: band y = 48 + 2·100 = 248, height 160, padding 12:
// scale −2…2 → y 396…260, i.e. y(e) = 396 − 34·(e + 2).

describe('emotion band', () => {
  const layout = computeJourneyLayout(smallJourney());
  const [anna, ben] = layout.emotion.series;

  it('sits below the lanes across the phases, with a grid line per whole score', () => {
    const { series, ...band } = layout.emotion;
    expect(band).toEqual({
      x: 200,
      y: 248,
      width: 880,
      height: 160,
      scale: { min: -2, max: 2 },
      yTicks: [
        { value: -2, y: 396 },
        { value: -1, y: 362 },
        { value: 0, y: 328 },
        { value: 1, y: 294 },
        { value: 2, y: 260 },
      ],
    });
    expect(series.map((entry) => entry.personaId)).toEqual(['p1', 'p2']);
  });

  it('puts each point at the center of the touchpoint card in the persona lane; a missing emotion has no y', () => {
    expect(anna!.points).toEqual([
      { touchpointId: 't1', x: 288, y: 294, emotion: 1 },
      { touchpointId: 't2', x: 464, y: 362, emotion: -1 },
      { touchpointId: 't4', x: 640, y: 260, emotion: 2 },
      { touchpointId: 't5', x: 816 },
    ]);
    expect(anna!.desired).toEqual([
      { touchpointId: 't1', x: 288, y: 260, emotion: 2 },
      { touchpointId: 't2', x: 464, y: 294, emotion: 1 },
      { touchpointId: 't4', x: 640 },
      { touchpointId: 't5', x: 816 },
    ]);
    // t2 is also in Ben's lane, where its card stands further left.
    expect(ben!.points).toEqual([{ touchpointId: 't2', x: 288, y: 362, emotion: -1 }, { touchpointId: 't3', x: 640 }]);
  });

  it('draws the paths with d3 line and curveMonotoneX', () => {
    expect(anna!.path).toBe('M288,294C346.667,328,405.333,362,464,362C522.667,362,581.333,311,640,260');
    expect(anna!.desiredPath).toBe('M288,260L464,294');
    expect(ben!.path).toBe('M288,362Z'); // a lone point: d3 closes it (visible with round line caps)
    expect(emotionLine()(anna!.points)).toBe(anna!.path);
  });

  it('breaks the path where an emotion is missing', () => {
    const document = smallDocument();
    const gap = parseJourney({ ...document, touchpoints: document.touchpoints.map((item) => (item.id === 't2' ? { ...item, emotion: undefined } : { ...item, emotion: 0 })) });
    const series = computeJourneyLayout(gap).emotion.series[0]!;
    expect(series.path).toBe('M288,328ZM640,328L816,328');
    expect(series.points.map((point) => point.y)).toEqual([328, undefined, 328, 328]);
  });

  it('leaves the path strings empty without a band (emotionHeight 0) unless asked for', () => {
    const bandless = computeJourneyLayout(smallJourney(), { emotionHeight: 0 }).emotion.series[0]!;
    expect([bandless.path, bandless.desiredPath, bandless.points.length]).toEqual(['', '', 4]);
    expect(computeJourneyLayout(smallJourney(), { emotionHeight: 0, emotionPaths: true }).emotion.series[0]!.path).toMatch(/^M/);
  });

  it('leaves the path strings empty when asked to, or by default for dense maps', () => {
    const off = computeJourneyLayout(smallJourney(), { emotionPaths: false }).emotion.series[0]!;
    expect([off.path, off.desiredPath, off.points.length]).toEqual(['', '', 4]);
    expect(computeJourneyLayout(smallJourney(), { denseThreshold: 1 }).emotion.series[0]!.path).toBe('');
    expect(computeJourneyLayout(smallJourney(), { denseThreshold: 1, emotionPaths: true }).emotion.series[0]!.path).toBe(anna!.path);
  });

  it('uses the journey scale and clamps out-of-scale scores (lenient data) into the band', () => {
    const document = smallDocument({ emotionScale: { min: -3, max: 3 } });
    const wide = computeJourneyLayout(parseJourney(document), { emotionHeight: 0 });
    expect(wide.emotion.yTicks.map((tick) => tick.value)).toEqual([-3, -2, -1, 0, 1, 2, 3]);
    const raw = smallDocument();
    raw.touchpoints[0] = { ...raw.touchpoints[0]!, emotion: 1 };
    const journey = { ...parseJourney(raw) };
    journey.touchpoints = journey.touchpoints.map((item) => (item.id === 't1' ? { ...item, emotion: 9 } : item));
    expect(computeJourneyLayout(journey).emotion.series[0]!.points[0]).toEqual({ touchpointId: 't1', x: 288, y: 260, emotion: 9 });
  });

  it('follows x order in lanes by channel, where reading order and x can differ', () => {
    const byChannel = computeJourneyLayout(smallJourney(), { lanes: 'channel' });
    // Cards: t1 204, t5 380 (website); t2 204 (webinar); t4 380 (phone). Anna: t1, t2, t4, t5 in reading order.
    expect(byChannel.emotion.series[0]!.points.map((point) => [point.touchpointId, point.x])).toEqual([
      ['t1', 288],
      ['t2', 288],
      ['t4', 464],
      ['t5', 464],
    ]);
  });
});
