import type { Touchpoint } from '../model/types';
import { present, readColumns } from './columns';
import { touchpoint } from './test-fixtures';

describe('readColumns', () => {
  it('reads every field once, NaN or undefined where missing, whatever the key order', () => {
    const withEverything = touchpoint('a', 'aw', ['ana', 'ben'], {
      emotion: -1,
      desiredEmotion: 1,
      importance: 4,
      risk: 2,
      performance: 3,
      keyMoment: true,
      painPoints: ['Slow'],
      opportunities: ['Faster'],
      metrics: { volume: 10, dropOffRate: 0.5 },
      mode: 'offline',
      influence: 'indirect',
    });
    const reordered = { emotion: undefined, crmId: 'x-1', ...touchpoint('b', 'co', ['cleo'], { channel: 'phone' }) } as Touchpoint;
    const { columns, channel, personaIds } = readColumns([withEverything, reordered]);
    expect(columns.id).toEqual(['a', 'b']);
    expect(columns.phaseId).toEqual(['aw', 'co']);
    expect(columns.title).toEqual(['Title a', 'Title b']);
    expect(channel).toEqual(['website', 'phone']);
    expect(personaIds).toEqual([['ana', 'ben'], ['cleo']]);
    expect([...columns.emotion]).toEqual([-1, Number.NaN]);
    expect([...columns.desired]).toEqual([1, Number.NaN]);
    expect([...columns.importance, ...columns.risk, ...columns.performance]).toEqual([4, Number.NaN, 2, Number.NaN, 3, Number.NaN]);
    expect([...columns.volume, ...columns.conversionRate, ...columns.dropOffRate]).toEqual([10, Number.NaN, Number.NaN, Number.NaN, 0.5, Number.NaN]);
    expect([...columns.online, ...columns.direct, ...columns.keyMoment]).toEqual([0, 1, 0, 1, 1, 0]);
    expect(columns.painPoints).toEqual([['Slow'], undefined]);
    expect(columns.opportunities).toEqual([['Faster'], undefined]);
  });

  it('turns NaN back into undefined with present()', () => {
    expect(present(Number.NaN)).toBeUndefined();
    expect(present(0)).toBe(0);
  });
});
