/** The timeline's zoom keys, shared by the card and the dense (canvas) timeline. */
import type { KeyboardEvent } from 'react';

/** One zoom step (buttons, + and −). */
export const ZOOM_STEP = 1.5;

const ZOOM_KEYS: Readonly<Record<string, number>> = { '+': ZOOM_STEP, '=': ZOOM_STEP, '-': 1 / ZOOM_STEP, _: 1 / ZOOM_STEP, '0': 0 };

/**
 * What a key press asks of the zoom: a factor (+ or =, − or _), `0` for a reset (0), or
 * `undefined` — for other keys, with a modifier, when handled already, or while typing in a field.
 */
export function zoomKeyFactor(event: KeyboardEvent): number | undefined {
  const target = event.target as HTMLElement;
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || target.isContentEditable) return undefined;
  return ZOOM_KEYS[event.key];
}
