/**
 * A timeline's first paint, in Chromium: the journey is laid out for the viewport's width before
 * the browser paints — the first commit is already what the timeline settles at, no frame of the
 * unfitted axis first — and it is fitted again after a resize.
 */
import { parseJourney } from '@journeykit/core';
import { SAMPLE_JOURNEYS } from '@journeykit/core/samples';
import { TouchpointTimeline } from '@journeykit/react';
import { render, waitFor } from '@testing-library/react';

const journey = parseJourney(SAMPLE_JOURNEYS.find((sample) => sample.id === 'payment-provider')!.document);
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
/** Right edge of the axis' last phase band. */
const lastPhaseEnd = (host: HTMLElement) => [...host.querySelectorAll('.jk-timeline__phase')].at(-1)!.getBoundingClientRect().right;

describe('timeline fit', () => {
  it('is laid out for its width in the first commit, before any frame is painted, and again after a resize', async () => {
    const host = document.createElement('div');
    host.style.width = '1500px';
    document.body.append(host);
    const { unmount } = render(<TouchpointTimeline journey={journey} />, { container: host });
    // Synchronously after render(): layout effects have run, no frame has been painted yet.
    const first = lastPhaseEnd(host);
    for (let index = 0; index < 3; index++) await frame();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(lastPhaseEnd(host)).toBeCloseTo(first, 0);
    // Fitted: the journey's end is within reach of the 1500 px viewport, not thousands of pixels away.
    expect(first).toBeLessThan(host.getBoundingClientRect().right + 200);
    // Narrower (still above the phases' minimum widths): fitted again.
    host.style.width = '1200px';
    await waitFor(() => expect(lastPhaseEnd(host)).toBeLessThan(first - 200));
    unmount();
    host.remove();
  });
});
