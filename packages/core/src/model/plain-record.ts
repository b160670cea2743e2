/**
 * Turns `init` — a function that assigns an object's fields to `this` — into a constructor of
 * plain objects. Internal.
 *
 * Its instances have the prototype `Object.prototype` (so `constructor` is `Object`) and their
 * keys in assignment order: plain objects in every observable way, equal under `toStrictEqual`
 * to the object literals they replace, and the same after `structuredClone` or JSON. Why `new`
 * instead of a literal: V8 pretenures an object-literal site whose objects survive a young
 * collection (old-space allocation, a write barrier per young value, and old space filled for
 * the next mark-compact), never a constructor's instances. Core makes one such record per
 * touchpoint, layout item, point and finding. Call it as `/* @__PURE__ *\/ plainRecord(function …)`.
 */
export function plainRecord<Args extends unknown[], T extends object>(init: (this: T, ...args: Args) => void): new (...args: Args) => T {
  (init as unknown as { prototype: object }).prototype = Object.prototype;
  return init as unknown as new (...args: Args) => T;
}
