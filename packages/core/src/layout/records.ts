/**
 * Constructors of the layout's per-item records (plain objects made by `new`, see
 * {@link plainRecord}). Internal. At 10,000 touchpoints a layout makes ~12,500 items and ~25,000
 * emotion points. One constructor per key set, so that each keeps one object size.
 */
import type { JourneyLayoutEmotionPoint, JourneyLayoutItem } from './types';
import { plainRecord } from '../model/plain-record';

type Item = JourneyLayoutItem;

/** An item on the ordinal axis: no `day`/`endDay`; `label` only when given. */
export const OrdinalItem = /* @__PURE__ */ plainRecord(function (this: Item, key: string, touchpointId: string, touchpointIndex: number, phaseId: string, laneId: string, x: number, y: number, width: number, height: number, row: number, order: number, label: string | undefined) {
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
});

/** An item with a start day (time axis): `day` and `endDay`; `label` only when given. */
export const TimedItem = /* @__PURE__ */ plainRecord(function (this: Item, key: string, touchpointId: string, touchpointIndex: number, phaseId: string, laneId: string, x: number, y: number, width: number, height: number, row: number, order: number, day: number, endDay: number, label: string | undefined) {
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
});

/** An emotion point with a score: `{ touchpointId, x, y, emotion }`. */
export const ScoredPoint = /* @__PURE__ */ plainRecord(function (this: JourneyLayoutEmotionPoint, touchpointId: string, x: number, y: number, emotion: number) {
  this.touchpointId = touchpointId;
  this.x = x;
  this.y = y;
  this.emotion = emotion;
});

/** An emotion point without a score (a gap in the curve): `{ touchpointId, x }`. */
export const BarePoint = /* @__PURE__ */ plainRecord(function (this: JourneyLayoutEmotionPoint, touchpointId: string, x: number) {
  this.touchpointId = touchpointId;
  this.x = x;
});
