import { parseJourney, type JourneyDocument } from '@journeykit/core';
import { markAttributes, MARK_GROUPS, TONE_NEGATIVE, TONE_NEUTRAL, TONE_NONE, TONE_POSITIVE } from './marks';

const doc: JourneyDocument = {
  version: 1,
  id: 'marks',
  title: 'Marks',
  type: 'current-state',
  phases: [{ id: 'aware', name: 'Awareness' }],
  personas: [{ id: 'cfo', name: 'Claudia Wenger', role: 'decider' }],
  touchpoints: [
    { id: 'ad', phaseId: 'aware', personaIds: ['cfo'], mode: 'online', influence: 'direct', title: 'Sees an ad', channel: 'search-ads', emotion: 2 },
    { id: 'call', phaseId: 'aware', personaIds: ['cfo'], mode: 'online', influence: 'direct', title: 'Calls sales', channel: 'phone', emotion: 0, painPoints: ['Nobody picks up'] },
    { id: 'blank', phaseId: 'aware', personaIds: ['cfo'], mode: 'online', influence: 'direct', title: 'Blank pains', channel: 'my-own-channel', emotion: -2, painPoints: ['  ', ''] },
    { id: 'key', phaseId: 'aware', personaIds: ['cfo'], mode: 'online', influence: 'direct', title: 'Signs', channel: 'email', keyMoment: true },
  ],
};

describe('markAttributes', () => {
  const marks = markAttributes(parseJourney(doc));

  it('flags key moments and touchpoints with a pain point that has text', () => {
    expect([...marks.flag]).toEqual([0, 1, 0, 1]);
  });

  it('gives each touchpoint the tone of its emotion, none without one', () => {
    expect([...marks.tone]).toEqual([TONE_POSITIVE, TONE_NEUTRAL, TONE_NEGATIVE, TONE_NONE]);
  });

  it('puts each touchpoint in its channel group, an unknown channel in custom', () => {
    expect([...marks.group].map((slot) => MARK_GROUPS[slot])).toEqual(['advertising', 'personal', 'custom', 'owned-digital']);
  });
});
