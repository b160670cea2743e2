import { channelMix } from './channel-mix';
import { journeyWith, touchpoint } from './test-fixtures';

const journey = journeyWith([
  touchpoint('m5', 're', ['ana'], { channel: 'phone', mode: 'offline', influence: 'direct' }),
  touchpoint('m1', 'aw', ['ana'], { order: 1, channel: 'website', mode: 'online', influence: 'direct' }),
  touchpoint('m2', 'aw', ['ana'], { order: 2, channel: 'review-portal', mode: 'online', influence: 'indirect' }),
  touchpoint('m3', 'aw', ['ana'], { order: 3, channel: 'trade-fair', mode: 'offline', influence: 'direct' }),
  touchpoint('m4', 'aw', ['ana'], { order: 4, channel: 'recommendation', mode: 'offline', influence: 'indirect' }),
  touchpoint('m6', 'co', ['ben'], { channel: 'website', mode: 'online', influence: 'direct' }),
]);

describe('channelMix', () => {
  const mix = channelMix(journey);

  it('counts and shares modes and influences per phase', () => {
    expect(mix.phases[0]).toEqual({
      phaseId: 'aw',
      touchpointCount: 4,
      online: 2,
      offline: 2,
      direct: 2,
      indirect: 2,
      onlineShare: 0.5,
      offlineShare: 0.5,
      directShare: 0.5,
      indirectShare: 0.5,
      channels: [
        { channel: 'website', count: 1, share: 0.25 },
        { channel: 'review-portal', count: 1, share: 0.25 },
        { channel: 'trade-fair', count: 1, share: 0.25 },
        { channel: 'recommendation', count: 1, share: 0.25 },
      ],
    });
    expect(mix.phases[1]).toMatchObject({ phaseId: 'co', touchpointCount: 1, onlineShare: 1, offlineShare: 0, directShare: 1, indirectShare: 0, channels: [{ channel: 'website', count: 1, share: 1 }] });
  });

  it('gives null shares to a phase without touchpoints', () => {
    expect(mix.phases[2]).toEqual({
      phaseId: 'de',
      touchpointCount: 0,
      online: 0,
      offline: 0,
      direct: 0,
      indirect: 0,
      onlineShare: null,
      offlineShare: null,
      directShare: null,
      indirectShare: null,
      channels: [],
    });
  });

  it('sums the whole journey, channels in reading order of first appearance', () => {
    expect(mix.overall).toEqual({
      touchpointCount: 6,
      online: 3,
      offline: 3,
      direct: 4,
      indirect: 2,
      onlineShare: 0.5,
      offlineShare: 0.5,
      directShare: 4 / 6,
      indirectShare: 2 / 6,
      channels: [
        { channel: 'website', count: 2, share: 2 / 6 },
        { channel: 'review-portal', count: 1, share: 1 / 6 },
        { channel: 'trade-fair', count: 1, share: 1 / 6 },
        { channel: 'recommendation', count: 1, share: 1 / 6 },
        { channel: 'phone', count: 1, share: 1 / 6 },
      ],
    });
  });

  it('counts touchpoints of unknown phases overall only (lenient mode)', () => {
    const lenient = channelMix(journeyWith([touchpoint('a', 'nowhere', ['ana'], { mode: 'offline' })], {}, { lenient: true }));
    expect(lenient.overall).toMatchObject({ touchpointCount: 1, offline: 1, offlineShare: 1 });
    expect(lenient.phases.every((phase) => phase.touchpointCount === 0 && phase.onlineShare === null)).toBe(true);
  });
});
