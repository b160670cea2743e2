/**
 * The buying center in a narrow container, in Chromium: its table scrolls inside its card; nothing
 * of it (not even the visually hidden texts of the cells) widens the page.
 */
import { parseJourney } from '@journeykit/core';
import { SAMPLE_JOURNEYS } from '@journeykit/core/samples';
import { BuyingCenter } from '@journeykit/react';
import { render } from '@testing-library/react';

const journey = parseJourney(SAMPLE_JOURNEYS.find((sample) => sample.id === 'payment-provider')!.document);

describe('a buying center narrower than its table (Chromium)', () => {
  it('scrolls the table inside the card and leaves the page as wide as the window', () => {
    const { container } = render(
      <div style={{ width: 340 }}>
        <BuyingCenter journey={journey} />
      </div>,
    );
    const scroll = container.querySelector<HTMLElement>('.jk-buying-center__scroll')!;
    expect(scroll.scrollWidth).toBeGreaterThan(scroll.clientWidth);
    const root = document.documentElement;
    expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
  });
});
