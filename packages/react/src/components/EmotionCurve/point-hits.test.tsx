import type { CurveModel, CurvePoint } from './emotion-model';
import { pointAt, pointY, POINT_HIT_RADIUS } from './point-hits';

const point = (key: string, x: number, y?: number): CurvePoint => ({ key, touchpointId: key, personaId: key[0]!, title: key, x, y, pain: false, keyMoment: false });
const model = {
  series: [
    { personaId: 'a', points: [point('a1', 100, 50), point('a2', 200, 60), point('a3', 300)] },
    { personaId: 'b', points: [point('b1', 100, 50), point('b2', 210, 80)] },
  ],
  neutral: 0,
  yOf: () => 70,
} as unknown as CurveModel;

describe('pointAt', () => {
  it('finds the nearest point within the radius, and nothing outside it', () => {
    expect(pointAt(model, 203, 62)?.key).toBe('a2');
    expect(pointAt(model, 209, 78)?.key).toBe('b2');
    expect(pointAt(model, 200 + POINT_HIT_RADIUS, 60)?.key).toBe('a2'); // on the edge
    expect(pointAt(model, 200, 60 - POINT_HIT_RADIUS - 0.5)).toBeUndefined();
    expect(pointAt(model, 150, 50)).toBeUndefined();
  });

  it('gives coinciding points to the later series (drawn on top)', () => {
    expect(pointAt(model, 100, 50)?.key).toBe('b1');
  });

  it('hits a point without a felt emotion on the neutral line', () => {
    expect(pointY(model.series[0]!.points[2]!, model)).toBe(70);
    expect(pointAt(model, 301, 69)?.key).toBe('a3');
  });
});
