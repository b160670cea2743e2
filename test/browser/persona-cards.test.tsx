/**
 * Persona cards as drawn in Chromium: the compact card (the map's persona row, dashboards) carries
 * its accent on the left edge only; its other edges are one ordinary border, light and dark. In the
 * map's persona strip a row of cards is one height, and names are not squeezed by the role badge.
 */
import { parseJourney } from '@journeykit/core';
import { softwarePurchaseJourney } from '@journeykit/core/samples';
import { JourneyMap, PersonaCard } from '@journeykit/react';
import { render } from '@testing-library/react';

const persona = { id: 'malik', name: 'Malik Demir', role: 'user', jobTitle: 'Sales engineer', department: 'Sales', color: '#d97706' } as const;

describe.each([
  ['light', ''],
  ['dark', 'dark'],
])('a compact persona card (%s)', (_, theme) => {
  it('has an accent on the left and the same plain border on the other three edges', () => {
    const { container } = render(
      <div className={theme}>
        <PersonaCard persona={persona} variant="compact" />
      </div>,
    );
    const style = getComputedStyle(container.querySelector('.jk-persona-card')!);
    expect(style.borderLeftColor).toBe('rgb(217, 119, 6)');
    expect(style.borderTopColor).toBe(style.borderRightColor);
    expect(style.borderTopColor).toBe(style.borderBottomColor);
    expect(style.borderTopWidth).toBe(style.borderRightWidth);
  });
});

describe("the map's persona strip", () => {
  it('gives a row of cards one height and each name the width of its card, the role below it', async () => {
    const journey = parseJourney(softwarePurchaseJourney);
    const { container } = render(
      <div style={{ width: 1400 }}>
        <JourneyMap journey={journey} />
      </div>,
    );
    const cards = [...container.querySelectorAll<HTMLElement>('.jk-journey-map__persona-list .jk-persona-card')];
    expect(cards.length).toBe(journey.personas.length);
    const firstRowTop = cards[0]!.getBoundingClientRect().top;
    const firstRow = cards.filter((card) => Math.abs(card.getBoundingClientRect().top - firstRowTop) < 1);
    expect(firstRow.length).toBeGreaterThan(1);
    const heights = new Set(firstRow.map((card) => Math.round(card.getBoundingClientRect().height)));
    expect(heights.size).toBe(1);
    for (const card of cards) {
      const name = card.querySelector<HTMLElement>('.jk-persona-card__name')!;
      const role = card.querySelector<HTMLElement>('.jk-persona-card__role')!;
      const lineHeight = Number.parseFloat(getComputedStyle(name).lineHeight);
      expect(name.getBoundingClientRect().height).toBeLessThan(1.5 * lineHeight);
      expect(role.getBoundingClientRect().top).toBeGreaterThanOrEqual(name.getBoundingClientRect().bottom);
      expect(role.getBoundingClientRect().bottom).toBeLessThanOrEqual(card.getBoundingClientRect().bottom);
    }
  });
});
