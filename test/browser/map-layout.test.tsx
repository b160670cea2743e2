/**
 * What a user sees of the map's geometry, measured in real Chromium: no two touchpoint cards
 * overlap, and each point of the emotion curve stands under its card.
 */
import { parseJourney } from '@journeykit/core';
import { SAMPLE_JOURNEYS, generateJourney } from '@journeykit/core/samples';
import { JourneyMap, ROVING_KEY_ATTRIBUTE } from '@journeykit/react';
import { render } from '@testing-library/react';

const journeys = [
  ...SAMPLE_JOURNEYS.map((sample) => [sample.id, parseJourney(sample.document)] as const),
  ['generated 120 touchpoints', parseJourney(generateJourney({ seed: 11, touchpoints: 120, personas: 6, phases: 6 }))] as const,
];

function overlaps(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
}

describe.each(journeys)('the map of %s in Chromium', (_name, journey) => {
  it('draws no two touchpoint cards on top of each other, and every curve point under its card', () => {
    // Every card in the DOM (no windowing): the geometry of all of them is checked.
    const { container, unmount } = render(
      <div style={{ width: 1200 }}>
        <JourneyMap journey={journey} windowing={false} />
      </div>,
    );
    const cards = Array.from(container.querySelectorAll<HTMLElement>(`.jk-swimlanes [${ROVING_KEY_ATTRIBUTE}]`));
    expect(cards.length).toBeGreaterThanOrEqual(journey.touchpoints.length);
    const rects = cards.map((card) => card.getBoundingClientRect());
    for (let a = 0; a < rects.length; a++)
      for (let b = a + 1; b < rects.length; b++) {
        if (overlaps(rects[a]!, rects[b]!)) throw new Error(`cards overlap: ${cards[a]!.getAttribute(ROVING_KEY_ATTRIBUTE)} and ${cards[b]!.getAttribute(ROVING_KEY_ATTRIBUTE)}`);
      }

    const cardCenter = new Map(cards.map((card, index) => [card.getAttribute(ROVING_KEY_ATTRIBUTE)!, rects[index]!.left + rects[index]!.width / 2]));
    const points = Array.from(container.querySelectorAll<HTMLElement>('.jk-emotion-curve__hit[data-key]'));
    expect(points.length).toBeGreaterThan(0);
    let compared = 0;
    for (const point of points) {
      const [personaId, touchpointId] = point.dataset.key!.split(/:(.*)/s) as [string, string];
      const center = cardCenter.get(`${touchpointId}@persona:${personaId}`);
      if (center === undefined) continue;
      const rect = point.getBoundingClientRect();
      expect(Math.abs(rect.left + rect.width / 2 - center)).toBeLessThanOrEqual(2);
      compared++;
    }
    expect(compared).toBe(points.length);
    unmount();
  });
});
