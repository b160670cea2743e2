/**
 * The timeline's zoom gestures in real Chromium, from the browser's own input events (Playwright
 * drives the mouse): a drag pans, a click still opens, Ctrl+wheel zooms at the pointer.
 */
import { parseJourney } from '@journeykit/core';
import { softwarePurchaseJourney } from '@journeykit/core/samples';
import { TouchpointTimeline } from '@journeykit/react';
import { render, screen, waitFor } from '@testing-library/react';
import { userEvent } from 'vitest/browser';

vi.setConfig({ testTimeout: 30_000 });

const journey = parseJourney(softwarePurchaseJourney);

function mountTimeline(onTouchpointOpen = vi.fn()) {
  const view = render(
    <div style={{ width: 900 }}>
      <TouchpointTimeline journey={journey} defaultZoom={3} onTouchpointOpen={onTouchpointOpen} />
    </div>,
  );
  const viewport = view.container.querySelector<HTMLElement>('.jk-timeline__viewport')!;
  return { ...view, viewport, onTouchpointOpen };
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Waits for the cards and then until the layout stops changing (the first layout uses the width before it was measured). */
async function settled(viewport: HTMLElement) {
  await waitFor(() => expect(viewport.querySelector('.jk-touchpoint-card')).not.toBeNull());
  const positions = () => [...viewport.querySelectorAll<HTMLElement>('.jk-touchpoint-card')].map((card) => card.getAttribute('style')).join('|');
  for (let last = '', stable = 0; stable < 3; ) {
    await frame();
    const now = positions();
    stable = now === last ? stable + 1 : 0;
    last = now;
  }
}

/** The first touchpoint card whose centre lies inside the viewport's zoomable part, right of the lane headers. */
function visibleCard(viewport: HTMLElement): HTMLElement {
  const box = viewport.getBoundingClientRect();
  const header = viewport.querySelector('.jk-timeline__lane-header')!.getBoundingClientRect();
  const cards = [...viewport.querySelectorAll<HTMLElement>('.jk-touchpoint-card')];
  const card = cards.find((candidate) => {
    const rect = candidate.getBoundingClientRect();
    const centre = rect.left + rect.width / 2;
    return centre > header.right + 150 && centre < box.right - 20 && rect.width > 0;
  });
  if (!card) throw new Error('no card inside the zoomed viewport');
  return card;
}

describe('timeline zoom gestures in Chromium', () => {
  it('pans by the distance the mouse was dragged, without opening the card it started on', async () => {
    const { viewport, onTouchpointOpen } = mountTimeline();
    await settled(viewport);
    const card = visibleCard(viewport);
    const header = viewport.querySelector<HTMLElement>('.jk-timeline__lane-header')!;
    const before = card.getBoundingClientRect();
    const from = before.left + before.width / 2;
    const headerBox = header.getBoundingClientRect();
    const to = headerBox.left + headerBox.width / 2;
    // Playwright presses at the card's centre, moves to the lane header's centre (the sticky column stays put) and releases.
    await userEvent.dragAndDrop(card, header);
    // Playwright presses at the rounded centre: allow for a pixel either way.
    await waitFor(() => expect(Math.abs(card.getBoundingClientRect().left - (before.left - (from - to)))).toBeLessThanOrEqual(1.5));
    expect(onTouchpointOpen).not.toHaveBeenCalled();
  });

  it('still opens a card on a plain click', async () => {
    const { viewport, onTouchpointOpen } = mountTimeline();
    await settled(viewport);
    const card = visibleCard(viewport);
    await userEvent.click(card);
    expect(onTouchpointOpen).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.getByRole('dialog')).toBeVisible()); // after its fade-in
  });

  it('zooms on Ctrl+wheel around the pointer', async () => {
    const { viewport } = mountTimeline();
    await settled(viewport);
    const card = visibleCard(viewport);
    const other = [...viewport.querySelectorAll<HTMLElement>('.jk-touchpoint-card')].find((candidate) => Math.abs(candidate.getBoundingClientRect().left - card.getBoundingClientRect().left) > 50)!;
    const at = card.getBoundingClientRect().left; // the card's left edge is under the pointer and stays there
    const apart = other.getBoundingClientRect().left - at;
    // 20 px of Ctrl+wheel: the scale grows by 2^(20 · 0.002 · 10) ≈ 1.32.
    const wheel = new WheelEvent('wheel', { deltaY: -20, ctrlKey: true, clientX: at, clientY: card.getBoundingClientRect().top + 5, bubbles: true, cancelable: true });
    viewport.dispatchEvent(wheel);
    expect(wheel.defaultPrevented).toBe(true);
    await waitFor(() => expect((other.getBoundingClientRect().left - at) / apart).toBeCloseTo(2 ** 0.4, 1));
    expect(card.getBoundingClientRect().left).toBeCloseTo(at, 0);
  });
});
