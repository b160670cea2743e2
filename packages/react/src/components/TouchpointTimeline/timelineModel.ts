/** Presentation bookkeeping of the timeline, derived from the core layout: roving rows, static item styles, untimed items, durations, descriptions. */
import type { Journey, JourneyLayout, JourneyLayoutItem, Touchpoint } from '@journeykit/core';
import type { CSSProperties } from 'react';
import { formatLabel } from '../../i18n/format-label';
import type { TimeLabels } from '../../i18n/labels/time';
import type { TimelineLabels } from '../../i18n/labels/timeline';
import { formatWhen } from '../TouchpointCard/touchpointText';
import { numberFormat } from '../../i18n/intl';

/** What {@link timelineModel} derives from a layout. */
export interface TimelineModel {
  /** Item keys per lane, left to right (then top to bottom): the rows of keyboard navigation. */
  rows: string[][];
  /** Items by key. */
  items: Map<string, JourneyLayoutItem>;
  /** Items per lane id. */
  byLane: Map<string, JourneyLayoutItem[]>;
  /**
   * Static style of every item inside its lane track: the unzoomed x as `--jk-tl-x`, top, size. The
   * track's `--jk-tl-k` / `--jk-tl-tx` apply the zoom in CSS (`left = x · k + tx`), so zooming
   * re-renders no card.
   */
  styles: Map<string, CSSProperties>;
  /** Items without a time (placed by the layout after the timed ones of their phase). */
  untimed: Set<string>;
  /** Style of the duration bar of items that last: below the card, from its start to its end (`--jk-tl-w` at scale 1). */
  bars: Map<string, CSSProperties>;
  /** Style of the "untimed" badge of untimed items: on the card's top edge. */
  badges: Map<string, CSSProperties>;
  /** A short description of every item: phase, when, duration, untimed. */
  descriptions: Map<string, string>;
  /** The unplaced touchpoints. */
  unplaced: Touchpoint[];
}

/** Groups and describes the layout's items for rendering. O(n log n). */
export function timelineModel(journey: Journey, layout: JourneyLayout, labels: TimeLabels & Pick<TimelineLabels, 'untimed'>, locale: string): TimelineModel {
  const laneY = new Map(layout.lanes.map((lane) => [lane.id, lane.y]));
  const phaseName = new Map(journey.phases.map((phase) => [phase.id, phase.name]));
  const pixelsPerDay = layout.axis.days?.pixelsPerDay ?? 0;
  const byLane = new Map<string, JourneyLayoutItem[]>();
  const items = new Map<string, JourneyLayoutItem>();
  const styles = new Map<string, CSSProperties>();
  const untimed = new Set<string>();
  const bars = new Map<string, CSSProperties>();
  const badges = new Map<string, CSSProperties>();
  const descriptions = new Map<string, string>();
  const number = numberFormat(locale, { maximumFractionDigits: 1 });

  for (const item of layout.items) {
    items.set(item.key, item);
    (byLane.get(item.laneId) ?? byLane.set(item.laneId, []).get(item.laneId)!).push(item);
    const top = item.y - (laneY.get(item.laneId) ?? 0);
    styles.set(item.key, { '--jk-tl-x': `${item.x}px`, top, width: item.width, height: item.height } as CSSProperties);
    const touchpoint = journey.touchpoints[item.touchpointIndex]!;
    const parts = [phaseName.get(item.phaseId) ?? item.phaseId];
    if (item.day === undefined) {
      untimed.add(item.key);
      badges.set(item.key, { '--jk-tl-x': `${item.x}px`, top: top - 8 } as CSSProperties);
      parts.push(labels.untimed);
    } else {
      const when = formatWhen(touchpoint.at, labels, locale);
      if (when) parts.push(when);
      const days = (item.endDay ?? item.day) - item.day;
      if (days > 0) {
        bars.set(item.key, { '--jk-tl-x': `${item.x}px`, '--jk-tl-w': `${days * pixelsPerDay}px`, top: top + item.height + 2 } as CSSProperties);
        parts.push(`${labels.duration}: ${formatLabel(labels.days, { n: number.format(days) })}`);
      }
    }
    descriptions.set(item.key, parts.join(', '));
  }
  const byPosition = (a: JourneyLayoutItem, b: JourneyLayoutItem) => a.x - b.x || a.y - b.y;
  const rows = layout.lanes.map((lane) => (byLane.get(lane.id) ?? []).sort(byPosition).map((item) => item.key));
  const byId = new Map<string, Touchpoint>();
  for (const touchpoint of journey.touchpoints) if (!byId.has(touchpoint.id)) byId.set(touchpoint.id, touchpoint);
  const unplaced = layout.unplaced.map((id) => byId.get(id)).filter((touchpoint): touchpoint is Touchpoint => touchpoint !== undefined);
  return { rows, items, byLane, styles, untimed, bars, badges, descriptions, unplaced };
}
