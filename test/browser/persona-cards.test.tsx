/**
 * Persona cards as drawn in Chromium: the compact card (the map's persona row, dashboards) carries
 * its accent on the left edge only; its other edges are one ordinary border, light and dark.
 */
import { PersonaCard } from '@journeykit/react';
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
