/**
 * The side-by-side comparison in Chromium reads like a split diff: a touchpoint of both states
 * stands in one row of both columns, a removed one faces a gap in the future column (an added one
 * a gap in the current column), and on a phone — or in any column narrower than 640 px — the two
 * lists stack, each captioned with its state.
 */
import { parseJourney } from '@journeykit/core';
import { SAMPLE_JOURNEYS } from '@journeykit/core/samples';
import { JourneyComparison } from '@journeykit/react';
import { render, screen, within } from '@testing-library/react';
import { page } from 'vitest/browser';

const sample = (id: string) => parseJourney(SAMPLE_JOURNEYS.find((entry) => entry.id === id)!.document);
const current = sample('payment-provider');
const future = sample('payment-provider-future');
const box = (element: Element) => element.getBoundingClientRect();

/** Each entry of a list by its title, with its box. */
function entries(list: HTMLElement) {
  return new Map(within(list).getAllByRole('listitem').map((item) => [item.querySelector('.jk-comparison__entry-title')!.textContent!, box(item)]));
}

describe('side-by-side comparison rows', () => {
  afterEach(() => page.viewport(414, 896));

  it('puts a touchpoint of both states in one row, and a gap opposite one only in one state', async () => {
    await page.viewport(1440, 900);
    render(<JourneyComparison current={current} future={future} defaultMode="side-by-side" />);
    for (const phase of future.phases) {
      const left = entries(screen.getByRole('list', { name: `${phase.name} — Current state` }));
      const right = entries(screen.getByRole('list', { name: `${phase.name} — Future state` }));
      const currentIds = new Map(current.touchpoints.map((touchpoint) => [touchpoint.title, touchpoint.id]));
      const futureTitles = new Map(future.touchpoints.map((touchpoint) => [touchpoint.id, touchpoint.title]));
      for (const [title, rect] of left) {
        const sameInFuture = futureTitles.get(currentIds.get(title)!);
        const counterpart = sameInFuture === undefined ? undefined : right.get(sameInFuture);
        if (counterpart) {
          // The same touchpoint (by id; its title may have changed) in the same row.
          expect(Math.abs(counterpart.top - rect.top)).toBeLessThanOrEqual(1);
        } else {
          // Nothing of the future state beside it.
          for (const other of right.values()) expect(other.bottom <= rect.top + 1 || other.top >= rect.bottom - 1).toBe(true);
        }
      }
    }
    // The decision phase of the sample: two removed, two added — seven rows, four gaps.
    const decision = screen.getByRole('region', { name: /^Decision/ });
    expect(decision.querySelectorAll('.jk-comparison__gap')).toHaveLength(4);
    for (const gap of decision.querySelectorAll('.jk-comparison__gap')) {
      expect(gap.getAttribute('aria-hidden')).toBe('true');
      expect(box(gap).height).toBeGreaterThan(20);
    }
  });

  it('stacks in a narrow dashboard column on a wide screen: its own width decides', async () => {
    await page.viewport(1440, 900);
    const host = document.createElement('div');
    host.style.width = '480px';
    document.body.append(host);
    const { unmount } = render(<JourneyComparison current={current} future={future} defaultMode="side-by-side" />, { container: host });
    const decision = within(screen.getByRole('region', { name: /^Decision/ }));
    const now = decision.getByRole('list', { name: 'Decision — Current state' });
    const next = decision.getByRole('list', { name: 'Decision — Future state' });
    expect(box(next).top).toBeGreaterThan(box(now).bottom);
    expect(box(now).width).toBeGreaterThan(300); // a whole column each, not a third of 480 px
    unmount();
    host.remove();
  });

  it('stacks the two states on a phone, each under a caption, without gaps', async () => {
    await page.viewport(390, 844);
    const { container } = render(<JourneyComparison current={current} future={future} defaultMode="side-by-side" />);
    const decision = within(screen.getByRole('region', { name: /^Decision/ }));
    const now = decision.getByRole('list', { name: 'Decision — Current state' });
    const next = decision.getByRole('list', { name: 'Decision — Future state' });
    expect(box(next).top).toBeGreaterThan(box(now).bottom);
    const captions = Array.from(screen.getByRole('region', { name: /^Decision/ }).querySelectorAll<HTMLElement>('.jk-comparison__state-caption'));
    expect(captions.map((caption) => caption.textContent)).toEqual(['Current state', 'Future state']);
    expect(box(captions[0]!).bottom).toBeLessThanOrEqual(box(now).top + 1);
    expect(box(captions[1]!).bottom).toBeLessThanOrEqual(box(next).top + 1);
    for (const gap of container.querySelectorAll('.jk-comparison__gap')) expect(getComputedStyle(gap).display).toBe('none');
  });
});
