/**
 * Windowed swimlanes in real Chromium: only the cards near the visible part of the scrolled grid
 * are in the DOM; scrolling, the keyboard, the popover, printing and export still reach every card.
 */
import { parseJourney, type Journey } from '@journeykit/core';
import { generateJourney } from '@journeykit/core/samples';
import { JourneyMap, PhaseSwimlanes, exportJourneyMap } from '@journeykit/react';
import { act, render, screen, waitFor } from '@testing-library/react';
import { userEvent } from 'vitest/browser';

vi.setConfig({ testTimeout: 60_000 });
// Scrolling and focus re-render the grid from real browser events, as in an app: not inside act()
// (set after Testing Library's own beforeAll, which turns the act environment on).
const actEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
beforeAll(() => {
  actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
});
afterAll(() => {
  actEnvironment.IS_REACT_ACT_ENVIRONMENT = true;
});

// The benchmark's typical map: 12 phases × 10 personas × 200 touchpoints, ~11,000 px wide.
const journey: Journey = parseJourney(generateJourney({ seed: 42, touchpoints: 200, personas: 10, phases: 12 }));

const cardsIn = (root: ParentNode) => [...root.querySelectorAll<HTMLElement>('[data-touchpoint-index]')];
const viewportOf = (root: ParentNode) => root.querySelector<HTMLElement>('.jk-swimlanes__viewport')!;
const keyOf = (card: Element) => card.getAttribute('data-jk-roving-key');
const phaseOf = (card: Element) => journey.touchpoints[Number(card.getAttribute('data-touchpoint-index'))]!.phaseId;
const lastPhase = journey.phases.at(-1)!.id;

function mountMap(windowing?: boolean) {
  return render(
    <div style={{ width: 1200 }}>
      <JourneyMap journey={journey} windowing={windowing} />
    </div>,
  );
}

/** Every card whose box overlaps the viewport's visible rectangle. */
function cardsOnScreen(viewport: HTMLElement) {
  const box = viewport.getBoundingClientRect();
  return cardsIn(viewport).filter((card) => {
    const rect = card.getBoundingClientRect();
    return rect.right > box.left && rect.left < box.right && rect.bottom > box.top && rect.top < box.bottom;
  });
}

describe('windowed swimlanes', () => {
  let allCards = 0;

  it('renders every card with windowing={false}', () => {
    const { container } = mountMap(false);
    allCards = cardsIn(container).length;
    expect(allCards).toBeGreaterThan(200);
    expect(cardsIn(container).some((card) => phaseOf(card) === lastPhase)).toBe(true);
  });

  it('keeps only the cards near the visible part in the DOM, and every lane row', () => {
    const { container } = mountMap();
    const cards = cardsIn(container);
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.length).toBeLessThan(allCards / 2);
    expect(cards.some((card) => phaseOf(card) === lastPhase)).toBe(false);
    expect(container.querySelectorAll('.jk-swimlanes__lane')).toHaveLength(journey.personas.length);
    // What the user sees is there: nothing visible is missing at the edge of the window.
    expect(cardsOnScreen(viewportOf(container)).length).toBeGreaterThan(4);
  });

  it('shows exactly the cards an unwindowed map shows, at rest and scrolled', async () => {
    const windowed = mountMap().container;
    const complete = mountMap(false).container;
    const onScreen = (root: HTMLElement) => cardsOnScreen(viewportOf(root)).map(keyOf).sort();
    expect(onScreen(windowed)).toEqual(onScreen(complete));
    for (const [left, top] of [
      [3000, 0],
      [5200, 300],
      [9000, 120],
    ] as const) {
      viewportOf(windowed).scrollTo(left, top);
      viewportOf(complete).scrollTo(left, top);
      await waitFor(() => expect(onScreen(windowed)).toEqual(onScreen(complete)));
      expect(onScreen(windowed).length).toBeGreaterThan(0);
    }
  });

  it('adds the cards that scroll into view', async () => {
    const { container } = mountMap();
    const viewport = viewportOf(container);
    const before = new Set(cardsIn(container).map(keyOf));
    viewport.scrollLeft = viewport.scrollWidth;
    await waitFor(() => expect(cardsOnScreen(viewport).some((card) => phaseOf(card) === lastPhase)).toBe(true));
    const visible = cardsOnScreen(viewport);
    expect(visible.every((card) => !before.has(keyOf(card)))).toBe(true);
    // The first cards left with the scroll (the tab stop stays: it is the only one of them).
    expect(cardsIn(container).filter((card) => before.has(keyOf(card)))).toHaveLength(1);
  });

  it('moves keyboard focus to a card that was not rendered, and keeps the tab stop rendered when scrolled away', async () => {
    const { container } = mountMap();
    const viewport = viewportOf(container);
    const first = cardsIn(container)[0]!;
    act(() => first.focus());
    await userEvent.keyboard('{Control>}{End}{/Control}');
    const focused = document.activeElement as HTMLElement;
    expect(focused).not.toBe(first);
    expect(focused.matches('[data-touchpoint-index]')).toBe(true);
    expect(phaseOf(focused)).toBe(lastPhase);
    expect(focused.tabIndex).toBe(0);
    // Focus scrolled the card into view.
    await waitFor(() => expect(cardsOnScreen(viewport)).toContain(focused));

    viewport.scrollTo(0, 0);
    await waitFor(() => expect(cardsIn(container).some((card) => keyOf(card) === keyOf(first))).toBe(true));
    expect(focused.isConnected).toBe(true);
    expect(cardsIn(container).filter((card) => card.tabIndex === 0)).toEqual([focused]);
  });

  it('keeps the popover anchored to its card when the card scrolls out of the window', async () => {
    const { container } = mountMap();
    const viewport = viewportOf(container);
    const card = cardsIn(container)[0]!;
    await userEvent.click(card);
    const title = journey.touchpoints[Number(card.dataset.touchpointIndex)]!.title;
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain(title);
    viewport.scrollLeft = viewport.scrollWidth;
    await waitFor(() => expect(cardsOnScreen(viewport).some((other) => phaseOf(other) === lastPhase)).toBe(true));
    expect(card.isConnected).toBe(true);
  });

  it('renders every card while printing', async () => {
    const { container } = mountMap();
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(cardsIn(container)).toHaveLength(allCards);
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    await waitFor(() => expect(cardsIn(container).length).toBeLessThan(allCards / 2));
  });

  it('exports every card, then windows again', async () => {
    const { container } = render(
      <div style={{ width: 1200 }}>
        <PhaseSwimlanes journey={journey} data-testid="lanes" />
      </div>,
    );
    const lanes = screen.getByTestId('lanes');
    const shown = cardsIn(container).length;
    expect(shown).toBeLessThan(allCards / 2);
    const text = await (await exportJourneyMap(lanes, { format: 'svg' })).text();
    const exported = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(exported.querySelectorAll('[data-touchpoint-index]')).toHaveLength(allCards);
    await waitFor(() => expect(cardsIn(container)).toHaveLength(shown));
  });
});
