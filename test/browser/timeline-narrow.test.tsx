/**
 * A timeline in a phone-sized container, in Chromium: narrower than its lane header and a card,
 * it still spreads the touchpoints over time (the fitted scale was 0 px per day: every card at one
 * x), and zoomed in it renders and ticks its axis (it threw "Invalid time value" and unmounted).
 */
import { parseJourney } from '@journeykit/core';
import { generateJourney } from '@journeykit/core/samples';
import { TouchpointTimeline } from '@journeykit/react';
import { render, waitFor } from '@testing-library/react';

// Half a year of a generated buying center, as in the "Months long" and "Zoomed" stories.
const halfYear = parseJourney(generateJourney({ seed: 11, touchpoints: 48, personas: 4, phases: 5 }));

describe('a timeline 342 px wide (Chromium)', () => {
  it('places touchpoints of different days at different x', async () => {
    const { container } = render(
      <div style={{ width: 342 }}>
        <TouchpointTimeline journey={halfYear} />
      </div>,
    );
    await waitFor(() => expect(container.querySelectorAll('.jk-timeline [data-jk-roving-key]').length).toBeGreaterThan(10));
    await new Promise((done) => setTimeout(done, 500)); // the layout fitted to the measured width
    const lefts = new Set(Array.from(container.querySelectorAll<HTMLElement>('.jk-timeline [data-jk-roving-key]'), (card) => Math.round(card.getBoundingClientRect().left)));
    expect(lefts.size).toBeGreaterThan(5);
  });

  it('renders zoomed in, with ticks on its axis', async () => {
    const { container } = render(
      <div style={{ width: 342 }}>
        <TouchpointTimeline journey={halfYear} defaultZoom={3} />
      </div>,
    );
    // The width is measured after mount; the zoomed axis is ticked for it.
    await new Promise((done) => setTimeout(done, 500));
    expect(container.querySelector('.jk-timeline')).not.toBeNull();
    expect(container.querySelectorAll('.jk-timeline__tick').length).toBeGreaterThan(0);
  });
});
