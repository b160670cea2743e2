import { computeJourneyLayout } from './compute-layout';
import { smallJourney } from './test-fixtures';
import type { JourneyLayoutOptions } from './types';

const layoutWith = (options: unknown) => () => computeJourneyLayout(smallJourney(), options as JourneyLayoutOptions);

describe('layout options', () => {
  it('refuses bad sizes with an error naming the option', () => {
    expect(layoutWith({ cardWidth: -1 })).toThrow(new RangeError('computeJourneyLayout: options.cardWidth must be a positive finite number; received -1'));
    expect(layoutWith({ cardHeight: 0 })).toThrow(/options\.cardHeight must be a positive finite number/);
    expect(layoutWith({ gap: Number.NaN })).toThrow(/options\.gap must be a non-negative finite number; received NaN/);
    expect(layoutWith({ pixelsPerDay: '3' })).toThrow(/options\.pixelsPerDay .* received "3"/);
    expect(layoutWith({ minPhaseWidth: Number.POSITIVE_INFINITY })).toThrow(/options\.minPhaseWidth/);
  });

  it('refuses unknown axis and lane kinds', () => {
    expect(layoutWith({ axis: 'log' })).toThrow(new RangeError("computeJourneyLayout: options.axis must be one of 'ordinal', 'time'; received \"log\""));
    expect(layoutWith({ lanes: 'role' })).toThrow(/options\.lanes must be one of 'persona', 'channel', 'blueprint'/);
  });

  it('refuses malformed filters and flags', () => {
    expect(layoutWith({ filter: 'p1' })).toThrow(/options\.filter must be an object/);
    expect(layoutWith({ filter: { personaIds: 'p1' } })).toThrow(/options\.filter\.personaIds must be an array of strings/);
    expect(layoutWith({ filter: { modes: [1] } })).toThrow(/options\.filter\.modes must be an array of strings/);
    expect(layoutWith({ emotionPaths: 'yes' })).toThrow(/options\.emotionPaths must be true or false/);
  });

  it('keeps the tick row only on the time axis', () => {
    expect(computeJourneyLayout(smallJourney(), { axisHeight: 40 }).lanes[0]!.y).toBe(48);
    expect(computeJourneyLayout(smallJourney(), { axis: 'time', axisHeight: 40 }).lanes[0]!.y).toBe(88);
  });

  it('derives the default minimum phase width from the card width and gap', () => {
    const narrow = computeJourneyLayout(smallJourney(), { cardWidth: 100, gap: 20 });
    expect(narrow.phases.map((phase) => phase.width)).toEqual([240, 240, 120]);
  });
});
