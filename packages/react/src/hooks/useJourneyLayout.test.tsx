import * as core from '@journeykit/core';
import { parseJourney } from '@journeykit/core';
import { renderHook } from '@testing-library/react';
import { layoutOptionsKey, useJourneyLayout } from './useJourneyLayout';

const journey = parseJourney({
  version: 1,
  id: 'j',
  title: 'T',
  type: 'current-state',
  phases: [
    { id: 'a', name: 'A' },
    { id: 'b', name: 'B' },
  ],
  personas: [
    { id: 'p', name: 'Pia', role: 'user' },
    { id: 'q', name: 'Quinn', role: 'buyer' },
  ],
  touchpoints: [
    { id: 't1', phaseId: 'a', personaIds: ['p'], title: 'One', channel: 'website', mode: 'online', influence: 'direct' },
    { id: 't2', phaseId: 'b', personaIds: ['q'], title: 'Two', channel: 'phone', mode: 'offline', influence: 'direct' },
  ],
});

describe('useJourneyLayout', () => {
  it('computes the layout of the journey with the options', () => {
    const { result } = renderHook(() => useJourneyLayout(journey, { lanes: 'channel', emotionHeight: 0 }));
    expect(result.current?.laneKind).toBe('channel');
    expect(result.current?.lanes.map((lane) => lane.label)).toEqual(['Website', 'Phone call']);
    expect(result.current?.emotion.height).toBe(0);
  });

  it('reuses the layout for equal option values in fresh objects, and recomputes when a value changes', () => {
    const { result, rerender } = renderHook(({ personaIds }) => useJourneyLayout(journey, { lanes: 'persona', filter: { personaIds: [...personaIds] } }), {
      initialProps: { personaIds: ['p', 'q'] },
    });
    const first = result.current;
    rerender({ personaIds: ['p', 'q'] });
    expect(result.current).toBe(first);
    rerender({ personaIds: ['p'] });
    expect(result.current).not.toBe(first);
    expect(result.current?.lanes.map((lane) => lane.personaId)).toEqual(['p']);
  });

  it('returns null without a journey', () => {
    const { result } = renderHook(() => useJourneyLayout(null));
    expect(result.current).toBeNull();
  });

  it('keys options by value, whatever the key order', () => {
    expect(layoutOptionsKey({ lanes: 'channel', gap: 4 })).toBe(layoutOptionsKey({ gap: 4, lanes: 'channel' }));
    expect(layoutOptionsKey({ filter: { channels: ['x'] } })).not.toBe(layoutOptionsKey({ filter: { channels: ['y'] } }));
    expect(core.computeJourneyLayout).toBeTypeOf('function');
  });
});
