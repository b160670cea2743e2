/**
 * The dense (canvas) map in real Chromium: a 50,000-touchpoint JourneyMap mounts, a click on a
 * mark opens the popover of exactly that touchpoint, and the DOM does not grow with the data.
 */
import { computeJourneyLayout, parseJourney, type Journey } from '@journeykit/core';
import { generateJourney } from '@journeykit/core/samples';
import { JourneyMap } from '@journeykit/react';
import { render, screen, waitFor } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import { DENSE_SIZES } from '../../packages/react/src/components/DenseMap/density';

vi.setConfig({ testTimeout: 120_000 });

const generated = (touchpoints: number) => parseJourney(generateJourney({ seed: 42, touchpoints, personas: 8, phases: 6 }));

function mount(journey: Journey) {
  const view = render(
    <div style={{ width: 1280 }}>
      <JourneyMap journey={journey} />
    </div>,
  );
  const canvas = () => view.container.querySelector<HTMLCanvasElement>('.jk-dense canvas');
  return { ...view, canvas };
}

describe('a dense JourneyMap in Chromium', () => {
  let smallDom = 0;

  it('keeps a 2,000-touchpoint map on canvas marks', async () => {
    const { container, canvas, unmount } = mount(generated(2000));
    await waitFor(() => expect(Number(canvas()?.dataset.marks)).toBeGreaterThan(0));
    expect(container.querySelectorAll('[data-touchpoint-index]')).toHaveLength(0);
    smallDom = container.getElementsByTagName('*').length;
    unmount();
  });

  it('mounts 50,000 touchpoints with a bounded DOM, and a click on a mark opens that touchpoint', async () => {
    const journey = generated(50_000);
    const { container, canvas } = mount(journey);
    await waitFor(() => expect(Number(canvas()?.dataset.marks)).toBeGreaterThan(100));
    const dom = container.getElementsByTagName('*').length;
    expect(dom).toBeLessThan(1500);
    expect(dom).toBeLessThanOrEqual(Math.ceil(smallDom * 1.2));

    // Where the view drew the first mark of the first lane: the same layout options as the view.
    const layout = computeJourneyLayout(journey, { ...DENSE_SIZES, emotionHeight: 180 });
    const item = layout.items[0]!;
    const map = container.querySelector<HTMLElement>('.jk-dense__map')!;
    map.scrollIntoView({ block: 'start' });
    await userEvent.click(map, { position: { x: item.x + item.width / 2, y: item.y + item.height / 2 } });
    const title = journey.touchpoints[item.touchpointIndex]!.title;
    const dialog = await screen.findByRole('dialog', { name: title });
    await waitFor(() => expect(dialog).toBeVisible()); // Radix measures and positions it first
    expect(container.querySelector('.jk-dense__selected')).not.toBeNull();
    expect(container.getElementsByTagName('*').length - dom).toBeLessThan(200); // the popover, not a re-rendered layer
  });
});
