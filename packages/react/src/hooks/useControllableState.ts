import { useCallback, useRef, useState } from 'react';

/** Options of {@link useControllableState}. */
export interface UseControllableStateOptions<T> {
  /** The controlled value; when not `undefined` the component is controlled. */
  value?: T;
  /** The initial value when uncontrolled. */
  defaultValue: T;
  /** Called with every new value, controlled or not. */
  onChange?: (value: T) => void;
}

/**
 * The one helper behind every controllable state slice (`value` / `defaultValue` /
 * `onValueChange`), as in Radix: controlled when `value` is given, uncontrolled otherwise;
 * `onChange` fires either way, and only when the value really changes.
 */
export function useControllableState<T>({ value, defaultValue, onChange }: UseControllableStateOptions<T>): [T, (next: T | ((previous: T) => T)) => void] {
  const [uncontrolled, setUncontrolled] = useState(defaultValue);
  const controlled = value !== undefined;
  const current = controlled ? value : uncontrolled;
  const currentRef = useRef(current);
  currentRef.current = current;
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  const setValue = useCallback(
    (next: T | ((previous: T) => T)) => {
      const resolved = typeof next === 'function' ? (next as (previous: T) => T)(currentRef.current) : next;
      if (Object.is(resolved, currentRef.current)) return;
      currentRef.current = resolved;
      if (!controlled) setUncontrolled(resolved);
      onChangeRef.current?.(resolved);
    },
    [controlled],
  );
  return [current, setValue];
}
