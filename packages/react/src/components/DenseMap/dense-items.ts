/** Item bookkeeping of the dense view: where an item is drawn, its touchpoint's items, its rank, scrolling it into view, carrying focus to a new layout. */
import { laneOfItem, type DenseView, type JourneyLayout } from '@journeykit/core';

/** Focus and open item of `state` (item indexes of `state.layout`) as indexes of `layout`, found by item key; −1 where gone. */
export function carryFocus(state: { layout: JourneyLayout; focused: number; open: number }, layout: JourneyLayout): { layout: JourneyLayout; focused: number; open: number } {
  if (state.layout === layout) return state;
  const indexIn = (index: number) => {
    const key = state.layout.items[index]?.key;
    if (key === undefined) return -1;
    return layout.items[index]?.key === key ? index : layout.items.findIndex((item) => item.key === key);
  };
  return { layout, focused: indexIn(state.focused), open: indexIn(state.open) };
}

/** The box of `layout.items[index]` where the map draws it (its lane moved by the view). */
export function boxOf(layout: JourneyLayout, view: DenseView, index: number): { left: number; top: number; width: number; height: number } {
  const item = layout.items[index]!;
  const shift = view.laneShift[laneOfItem(layout, index)] ?? 0;
  return { left: item.x, top: item.y + shift, width: item.width, height: item.height };
}

/** Shown items of one touchpoint (one per lane it stands in). O(n), once per selection change. */
export function itemsOfTouchpoint(layout: JourneyLayout, visible: Uint8Array, touchpointId: string): number[] {
  const found: number[] = [];
  layout.items.forEach((item, index) => {
    if (item.touchpointId === touchpointId && visible[index]) found.push(index);
  });
  return found;
}

/** Position of `index` among the shown items (for "n of total"). */
export function rankAmongShown(visible: Uint8Array, index: number): number {
  let rank = 0;
  for (let at = 0; at < index; at++) rank += visible[at]!;
  return rank;
}

/** Scrolls the viewport so that the item is visible beside the sticky headers. */
export function scrollIntoView(viewport: HTMLElement | null, layout: JourneyLayout, view: DenseView, index: number): void {
  if (!viewport) return;
  const box = boxOf(layout, view, index);
  const margin = 16;
  const headerWidth = layout.laneHeader.width;
  const headerHeight = layout.phaseHeader.height + layout.axis.height;
  if (box.left < viewport.scrollLeft + headerWidth + margin) viewport.scrollLeft = box.left - headerWidth - margin;
  else if (box.left + box.width > viewport.scrollLeft + viewport.clientWidth - margin) viewport.scrollLeft = box.left + box.width - viewport.clientWidth + margin;
  if (box.top < viewport.scrollTop + headerHeight + margin) viewport.scrollTop = box.top - headerHeight - margin;
  else if (box.top + box.height > viewport.scrollTop + viewport.clientHeight - margin) viewport.scrollTop = box.top + box.height - viewport.clientHeight + margin;
}
