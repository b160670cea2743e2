/**
 * Constructors of the layout's per-item records. Internal.
 *
 * Each makes a plain object in every observable way (prototype `Object.prototype`, `constructor`
 * `Object`, the same keys in the same order as the object literals they replace), but by `new`:
 * V8 pretenures object literals whose objects survive a young collection (allocates them straight
 * in old space, slower, and filling it for the next full collection), while objects made by a
 * constructor are never pretenured. At 10,000 touchpoints a layout makes ~12,500 items and ~25,000
 * emotion points. One constructor per key set, so that each keeps one object size.
 */
import type { JourneyLayoutEmotionPoint, JourneyLayoutItem } from './types';

type Item = JourneyLayoutItem;

/** An item on the ordinal axis: no `day`/`endDay`; `label` only when given. */
export const OrdinalItem = /* @__PURE__ */ (() => {
  const Ctor = function (this: Item, key: string, touchpointId: string, touchpointIndex: number, phaseId: string, laneId: string, x: number, y: number, width: number, height: number, row: number, order: number, label: string | undefined) {
    this.key = key;
    this.touchpointId = touchpointId;
    this.touchpointIndex = touchpointIndex;
    this.phaseId = phaseId;
    this.laneId = laneId;
    this.x = x;
    this.y = y;
    this.width = width;
    this.height = height;
    this.row = row;
    this.order = order;
    if (label !== undefined) this.label = label;
  } as unknown as new (key: string, touchpointId: string, touchpointIndex: number, phaseId: string, laneId: string, x: number, y: number, width: number, height: number, row: number, order: number, label: string | undefined) => Item;
  Ctor.prototype = Object.prototype;
  return Ctor;
})();

/** An item with a start day (time axis): `day` and `endDay`; `label` only when given. */
export const TimedItem = /* @__PURE__ */ (() => {
  const Ctor = function (this: Item, key: string, touchpointId: string, touchpointIndex: number, phaseId: string, laneId: string, x: number, y: number, width: number, height: number, row: number, order: number, day: number, endDay: number, label: string | undefined) {
    this.key = key;
    this.touchpointId = touchpointId;
    this.touchpointIndex = touchpointIndex;
    this.phaseId = phaseId;
    this.laneId = laneId;
    this.x = x;
    this.y = y;
    this.width = width;
    this.height = height;
    this.row = row;
    this.order = order;
    this.day = day;
    this.endDay = endDay;
    if (label !== undefined) this.label = label;
  } as unknown as new (key: string, touchpointId: string, touchpointIndex: number, phaseId: string, laneId: string, x: number, y: number, width: number, height: number, row: number, order: number, day: number, endDay: number, label: string | undefined) => Item;
  Ctor.prototype = Object.prototype;
  return Ctor;
})();

/** An emotion point with a score: `{ touchpointId, x, y, emotion }`. */
export const ScoredPoint = /* @__PURE__ */ (() => {
  const Ctor = function (this: JourneyLayoutEmotionPoint, touchpointId: string, x: number, y: number, emotion: number) {
    this.touchpointId = touchpointId;
    this.x = x;
    this.y = y;
    this.emotion = emotion;
  } as unknown as new (touchpointId: string, x: number, y: number, emotion: number) => JourneyLayoutEmotionPoint;
  Ctor.prototype = Object.prototype;
  return Ctor;
})();

/** An emotion point without a score (a gap in the curve): `{ touchpointId, x }`. */
export const BarePoint = /* @__PURE__ */ (() => {
  const Ctor = function (this: JourneyLayoutEmotionPoint, touchpointId: string, x: number) {
    this.touchpointId = touchpointId;
    this.x = x;
  } as unknown as new (touchpointId: string, x: number) => JourneyLayoutEmotionPoint;
  Ctor.prototype = Object.prototype;
  return Ctor;
})();
