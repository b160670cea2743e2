import { renderHook } from '@testing-library/react';
import { useWhenIdle } from './useWhenIdle';

describe('useWhenIdle', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('runs the task in an idle callback, again when the key changes, and cancels on unmount', () => {
    const callbacks = new Map<number, IdleRequestCallback>();
    let next = 0;
    vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => (callbacks.set(++next, callback), next));
    vi.stubGlobal('cancelIdleCallback', (handle: number) => callbacks.delete(handle));
    const task = vi.fn();
    const { rerender, unmount } = renderHook(({ key }) => useWhenIdle(task, key), { initialProps: { key: 'en' } });
    expect(task).not.toHaveBeenCalled(); // not during render or commit
    expect(callbacks.size).toBe(1);
    callbacks.get(1)!({ didTimeout: false, timeRemaining: () => 10 });
    expect(task).toHaveBeenCalledTimes(1);

    rerender({ key: 'en' });
    expect(callbacks.size).toBe(1); // same key: nothing new scheduled
    rerender({ key: 'de' });
    expect(callbacks.has(2)).toBe(true);
    unmount();
    expect(callbacks.has(2)).toBe(false); // cancelled
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('falls back to a timeout where requestIdleCallback is missing', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    const task = vi.fn();
    renderHook(() => useWhenIdle(task, 'en'));
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(250);
    expect(task).toHaveBeenCalledTimes(1);
  });
});
