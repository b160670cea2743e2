/**
 * Events an export (or any full-size capture) sends to the scroll containers it unclips. A container
 * that renders only its visible part (the swimlanes' windowing) listens for them and renders all
 * of its content until the capture is over.
 */

/** Sent (synchronously, not bubbling) to every `[data-jk-scroll]` element of a capture before it is cloned. */
export const EXPAND_FOR_CAPTURE_EVENT = 'jk-expand-for-capture';
/** Sent to the same elements when the capture is over. */
export const CAPTURE_DONE_EVENT = 'jk-capture-done';

/** Sends `type` to `root` and each of its `[data-jk-scroll]` descendants. */
export function notifyScrollContainers(root: Element, type: typeof EXPAND_FOR_CAPTURE_EVENT | typeof CAPTURE_DONE_EVENT): void {
  const targets = root.matches('[data-jk-scroll]') ? [root, ...root.querySelectorAll('[data-jk-scroll]')] : [...root.querySelectorAll('[data-jk-scroll]')];
  const Event = root.ownerDocument.defaultView?.Event ?? globalThis.Event;
  for (const target of targets) target.dispatchEvent(new Event(type));
}
