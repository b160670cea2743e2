import { parseJourney } from '@journeykit/core';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { JourneyStateProvider } from '../state/JourneyStateProvider';
import { useJourneySelection } from './useJourneySelection';

const journey = parseJourney({
  version: 1,
  id: 'j',
  title: 'T',
  type: 'current-state',
  phases: [{ id: 'a', name: 'A' }],
  personas: [{ id: 'p', name: 'Pia', role: 'user' }],
  touchpoints: [
    { id: 't1', phaseId: 'a', personaIds: ['p'], title: 'One', channel: 'website', mode: 'online', influence: 'direct' },
    { id: 't2', phaseId: 'a', personaIds: ['p'], title: 'Two', channel: 'phone', mode: 'offline', influence: 'direct' },
  ],
});

describe('useJourneySelection', () => {
  it('is uncontrolled by default and resolves the touchpoint', () => {
    const onSelectionChange = vi.fn();
    const { result } = renderHook(() => useJourneySelection(journey, { defaultSelection: 't1', onSelectionChange }));
    expect(result.current.selectedTouchpoint?.title).toBe('One');
    act(() => result.current.select('t2'));
    expect(result.current.selectedId).toBe('t2');
    expect(result.current.selectedTouchpoint?.title).toBe('Two');
    expect(onSelectionChange).toHaveBeenCalledWith('t2');
    act(() => result.current.select(null));
    expect(result.current.selectedTouchpoint).toBeUndefined();
  });

  it('follows a controlled selection and only reports requests', () => {
    const onSelectionChange = vi.fn();
    const { result } = renderHook(() => useJourneySelection(journey, { selection: 't1', onSelectionChange }));
    act(() => result.current.select('t2'));
    expect(result.current.selectedId).toBe('t1');
    expect(onSelectionChange).toHaveBeenCalledWith('t2');
  });

  it('shares the selection of a surrounding provider; unknown ids resolve to no touchpoint', () => {
    const wrapper = ({ children }: { children: ReactNode }) => <JourneyStateProvider defaultSelection="ghost">{children}</JourneyStateProvider>;
    const { result } = renderHook(() => useJourneySelection(journey), { wrapper });
    expect(result.current.selectedId).toBe('ghost');
    expect(result.current.selectedTouchpoint).toBeUndefined();
    act(() => result.current.select('t1'));
    expect(result.current.selectedTouchpoint?.id).toBe('t1');
  });
});
