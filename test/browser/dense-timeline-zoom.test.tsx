/**
 * The dense (canvas) timeline's zoom in real Chromium: a zoom step lays the days out wider and
 * keeps the day in the middle of the view where it was; scrolling is reported as the pan; a
 * controlled pan scrolls the view.
 */
import { computeJourneyLayout, parseJourney } from '@journeykit/core';
import { generateJourney } from '@journeykit/core/samples';
import { TouchpointTimeline, type TimelineZoomState } from '@journeykit/react';
import { render, screen, waitFor } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import { DENSE_TIMELINE_SIZES } from '../../packages/react/src/components/DenseMap/density';

vi.setConfig({ testTimeout: 60_000 });

const journey = parseJourney(generateJourney({ seed: 5, touchpoints: 3_000, personas: 6, phases: 5 }));
// Where day 0 is drawn at scale 1 (beside the lane headers): pan = x0 · (1 − scale) − scrollLeft.
const x0 = computeJourneyLayout(journey, { ...DENSE_TIMELINE_SIZES, axis: 'time', lanes: 'persona', emotionHeight: 0, pixelsPerDay: 32 }).axis.days!.x0;
const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

function mount(zoom?: TimelineZoomState) {
  const onZoomChange = vi.fn<(zoom: TimelineZoomState) => void>();
  const view = render(
    <div style={{ width: 1100 }}>
      <TouchpointTimeline journey={journey} density="dense" zoom={zoom} onZoomChange={onZoomChange} />
    </div>,
  );
  const viewport = view.container.querySelector<HTMLElement>('.jk-dense__viewport')!;
  const map = view.container.querySelector<HTMLElement>('.jk-dense__map')!;
  return { ...view, viewport, map, onZoomChange };
}

/** Where the zoomable part of the view starts (right of the lane headers) and its middle. */
function middleOf(viewport: HTMLElement) {
  const header = viewport.querySelector<HTMLElement>('.jk-swimlanes__lane-header')!;
  const start = header.offsetWidth;
  return start + (viewport.clientWidth - start) / 2;
}

describe('the dense timeline zoom in Chromium', () => {
  it('zooms in around the middle of the view: the day there stays there', async () => {
    const { viewport, map, onZoomChange } = mount();
    await waitFor(() => expect(Number(viewport.parentElement!.querySelector('canvas')?.dataset.marks)).toBeGreaterThan(0));
    const width = map.offsetWidth;
    viewport.scrollLeft = 900;
    await waitFor(() => expect(onZoomChange).toHaveBeenCalled()); // the scroll is reported as a pan
    const before = onZoomChange.mock.lastCall![0];
    expect(before.scale).toBe(1);
    const middle = middleOf(viewport);
    const contentAtMiddle = (middle - before.x) / before.scale; // layout x at scale 1 shown in the middle
    await userEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    await waitFor(() => expect(screen.getByText('Zoom 150 %')).toBeVisible());
    await frame();
    const after = onZoomChange.mock.lastCall![0];
    expect(after.scale).toBe(1.5);
    expect(map.offsetWidth).toBeGreaterThan(width * 1.4);
    // Scroll positions are whole pixels: a pixel either way.
    expect(Math.abs(contentAtMiddle * after.scale + after.x - middle)).toBeLessThanOrEqual(1);
    // The view really scrolled there: the pan and the scroll position agree.
    expect(before.x).toBe(-900);
    expect(Math.abs(viewport.scrollLeft - (x0 * (1 - after.scale) - after.x))).toBeLessThanOrEqual(1);
  });

  it('zooms around the focused touchpoint when it is in view: its ring stays put', async () => {
    const { container, viewport } = mount();
    await waitFor(() => expect(Number(viewport.parentElement!.querySelector('canvas')?.dataset.marks)).toBeGreaterThan(0));
    const region = screen.getByRole('group', { name: /journey map/ });
    region.focus();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}');
    const ring = () => container.querySelector<HTMLElement>('.jk-dense__focus')!.getBoundingClientRect();
    const before = ring();
    expect(before.left).toBeGreaterThan(viewport.getBoundingClientRect().left + middleOf(viewport) / 4);
    await userEvent.keyboard('+');
    await waitFor(() => expect(screen.getByText('Zoom 150 %')).toBeVisible());
    await frame();
    expect(Math.abs(ring().left - before.left)).toBeLessThanOrEqual(1);
  });

  it('scrolls to a controlled pan', async () => {
    const { viewport } = mount({ scale: 2, x: -1500 });
    await waitFor(() => expect(screen.getByText('Zoom 200 %')).toBeVisible());
    await frame();
    expect(Math.abs(viewport.scrollLeft - (x0 * (1 - 2) + 1500))).toBeLessThanOrEqual(1);
  });
});
