/**
 * Where the touchpoint popover opens, in Chromium: beside its card when there is room, and below it
 * when neither side has room (a phone-sized window) — whole, inside the window, its text not cut.
 */
import { parseJourney } from '@journeykit/core';
import { SAMPLE_JOURNEYS } from '@journeykit/core/samples';
import { TouchpointCard, TouchpointPopover } from '@journeykit/react';
import { render, screen, waitFor } from '@testing-library/react';
import { page } from 'vitest/browser';

const journey = parseJourney(SAMPLE_JOURNEYS.find((sample) => sample.id === 'payment-provider')!.document);
const touchpoint = journey.touchpoints.find((candidate) => candidate.personaIds.length > 1 && candidate.action)!;

async function openPopover() {
  render(
    <div style={{ padding: 24 }}>
      <TouchpointPopover touchpoint={touchpoint} journey={journey} defaultOpen>
        <TouchpointCard touchpoint={touchpoint} journey={journey} style={{ width: 176, height: 74 }} />
      </TouchpointPopover>
    </div>,
  );
  const dialog = await screen.findByRole('dialog', { name: touchpoint.title });
  await waitFor(() => expect(dialog).toBeVisible()); // Radix measures and positions it first
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  const card = screen.getByRole('button', { name: new RegExp(`^${touchpoint.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
  return { dialog, popover: dialog.getBoundingClientRect(), card: card.getBoundingClientRect() };
}

describe('the touchpoint popover in Chromium', () => {
  afterEach(() => page.viewport(414, 896));

  it('opens beside its card in a wide window', async () => {
    await page.viewport(1280, 800);
    const { popover, card } = await openPopover();
    expect(popover.left).toBeGreaterThanOrEqual(card.right);
    expect(popover.width).toBeGreaterThan(300);
  });

  it('opens below its card, whole and inside the window, when neither side has room', async () => {
    await page.viewport(390, 844);
    const { dialog, popover, card } = await openPopover();
    expect(popover.top).toBeGreaterThanOrEqual(card.bottom);
    expect(popover.left).toBeGreaterThanOrEqual(0);
    expect(popover.right).toBeLessThanOrEqual(document.documentElement.clientWidth);
    expect(popover.width).toBeGreaterThanOrEqual(280);
    expect(dialog.scrollWidth).toBeLessThanOrEqual(dialog.clientWidth); // no text cut at its right edge
  });
});
