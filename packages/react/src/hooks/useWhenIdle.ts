import { useEffect, useRef } from 'react';

/** How long an idle callback may wait for an idle period before it runs anyway, in milliseconds. */
const IDLE_TIMEOUT = 2_000;
/** Delay of the fallback where `requestIdleCallback` is missing (older Safari), in milliseconds. */
const FALLBACK_DELAY = 200;

/**
 * Runs `task` once the browser is idle after the component mounted (`requestIdleCallback`, at most
 * {@link IDLE_TIMEOUT} ms later; a short timeout where it is missing), and again whenever `key`
 * changes. Cancelled on unmount. For work that would otherwise land on the first interaction —
 * e.g. building `Intl` formats a popover needs. Does nothing during server rendering.
 */
export function useWhenIdle(task: () => void, key: string): void {
  const latest = useRef(task);
  latest.current = task;
  useEffect(() => {
    if (typeof window === 'undefined') return;
    const run = () => latest.current();
    if (typeof window.requestIdleCallback === 'function') {
      const handle = window.requestIdleCallback(run, { timeout: IDLE_TIMEOUT });
      return () => window.cancelIdleCallback(handle);
    }
    const handle = window.setTimeout(run, FALLBACK_DELAY);
    return () => window.clearTimeout(handle);
  }, [key]);
}
