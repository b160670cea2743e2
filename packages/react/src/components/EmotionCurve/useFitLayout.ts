import { computeJourneyLayout, type Journey, type JourneyLayout, type JourneyLayoutOptions } from '@journeykit/core';
import { useMemo, type RefObject } from 'react';
import { useElementWidth } from '../../hooks/useElementWidth';

/** Compact spacing of a standalone curve: narrow "cards", a gutter for the scale labels. */
const STANDALONE: JourneyLayoutOptions = { cardWidth: 56, gap: 16, laneHeaderWidth: 64, minPhaseWidth: 132, minLaneHeight: 0, lanePadding: 14 };

/**
 * A standalone curve's own layout, fitted to the width of `ref` once measured: on the time axis
 * through core's `width` option; on the ordinal axis by choosing the spacing of points so that the
 * phases fill the width (a few passes; never closer than 26 px a point, so long journeys scroll). Only the
 * options are chosen here; the layout itself is core's.
 */
export function useFitLayout(journey: Journey | null, options: JourneyLayoutOptions, ref: RefObject<HTMLElement | null>, enabled: boolean): JourneyLayout | null {
  const available = useElementWidth(ref, enabled);
  return useMemo(() => {
    if (!journey || !enabled) return null;
    const base: JourneyLayoutOptions = { ...STANDALONE, ...options };
    const fits = available !== null && options.cardWidth === undefined && options.pixelsPerDay === undefined && options.width === undefined;
    if (fits && base.axis === 'time') return computeJourneyLayout(journey, { ...base, width: available });
    let layout = computeJourneyLayout(journey, base);
    if (!fits || layout.items.length === 0) return layout;
    const gutter = layout.laneHeader.width;
    const target = available - 2;
    let slot = base.cardWidth! + base.gap!;
    for (let pass = 0; pass < 3 && Math.abs(layout.width - target) > 12; pass++) {
      slot = Math.max(26, slot * ((target - gutter) / Math.max(1, layout.width - gutter)));
      const gap = Math.min(16, Math.max(6, slot * 0.22));
      layout = computeJourneyLayout(journey, { ...base, cardWidth: slot - gap, gap });
      if (slot === 26) break;
    }
    return layout;
  }, [journey, options, available, enabled]);
}
