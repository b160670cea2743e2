/**
 * The filter panel in a narrow container, in Chromium: every chip stays inside its row — a long
 * persona chip shortens the name, its role and count stay visible — instead of being cut off.
 */
import { parseJourney } from '@journeykit/core';
import { SAMPLE_JOURNEYS } from '@journeykit/core/samples';
import { JourneyFilters } from '@journeykit/react';
import { render } from '@testing-library/react';

const journey = parseJourney(SAMPLE_JOURNEYS.find((sample) => sample.id === 'payment-provider')!.document);

describe('filters in a phone-sized panel (Chromium)', () => {
  it('keep every chip, with its count, inside its row', () => {
    const { container } = render(
      <div style={{ width: 342 }}>
        <JourneyFilters journey={journey} />
      </div>,
    );
    const rows = Array.from(container.querySelectorAll<HTMLElement>('.jk-journey-filters__options'));
    expect(rows.length).toBeGreaterThan(3);
    for (const row of rows) {
      const right = row.getBoundingClientRect().right;
      for (const chip of row.querySelectorAll<HTMLElement>('.jk-filter-chip')) {
        expect(chip.getBoundingClientRect().right).toBeLessThanOrEqual(right);
        const count = chip.querySelector('.jk-filter-chip__count')!;
        expect(count.getBoundingClientRect().right).toBeLessThanOrEqual(chip.getBoundingClientRect().right);
      }
    }
    for (const role of container.querySelectorAll('.jk-persona-chip__role'))
      expect(role.getBoundingClientRect().right).toBeLessThanOrEqual(role.closest('.jk-filter-chip')!.getBoundingClientRect().right);
  });
});
