/**
 * Phase headers in real Chromium: a phase wider than the view keeps its name, count and goals in
 * sight beside the lane headers while it is scrolled — with cards and on the dense canvas.
 */
import { parseJourney, type Journey } from '@journeykit/core';
import { generateJourney } from '@journeykit/core/samples';
import { JourneyMap } from '@journeykit/react';
import { render, waitFor } from '@testing-library/react';

vi.setConfig({ testTimeout: 60_000 });

// Three phases over 1,500 touchpoints: each phase is many thousand pixels wide.
const journey: Journey = parseJourney(generateJourney({ seed: 7, touchpoints: 1_500, personas: 4, phases: 3 }));

/** Mounts the map 1,100 px wide; resolves once its phase headers are in. */
async function mountMap(density: 'cards' | 'dense') {
  const { container } = render(
    <div style={{ width: 1100 }}>
      <JourneyMap journey={journey} density={density} />
    </div>,
  );
  await waitFor(() => expect(container.querySelector('.jk-swimlanes__phase')).not.toBeNull());
  return partsOf(container);
}

/** The scrolled viewport, the first phase's header and the lane header column. */
function partsOf(container: HTMLElement) {
  const viewport = container.querySelector<HTMLElement>('.jk-swimlanes__viewport')!;
  const phase = container.querySelector<HTMLElement>('.jk-swimlanes__phase')!;
  const laneHeader = container.querySelector<HTMLElement>('.jk-swimlanes__lane-header')!;
  return { viewport, phase, laneHeader };
}

describe.each([
  ['cards', 'cards'],
  ['dense canvas', 'dense'],
] as const)('phase headers (%s)', (_, density) => {
  it('keep the name, count and goals of a scrolled phase beside the lane headers', async () => {
    const { viewport, phase, laneHeader } = await mountMap(density);
    const phaseWidth = phase.getBoundingClientRect().width;
    const viewWidth = viewport.clientWidth;
    expect(phaseWidth).toBeGreaterThan(3 * viewWidth);

    // Into the middle of the first phase: its left edge is far outside the view.
    viewport.scrollLeft = phaseWidth / 2;
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    expect(phase.getBoundingClientRect().left).toBeLessThan(viewport.getBoundingClientRect().left - viewWidth);

    const besideLaneHeaders = laneHeader.getBoundingClientRect().right;
    const viewRight = viewport.getBoundingClientRect().right;
    const texts = [...phase.children] as HTMLElement[];
    expect(texts.map((text) => text.className)).toEqual(['jk-swimlanes__phase-name', 'jk-swimlanes__phase-count', 'jk-swimlanes__phase-goals']);
    for (const text of texts) {
      const box = text.getBoundingClientRect();
      expect(box.left).toBeGreaterThanOrEqual(besideLaneHeaders);
      expect(box.left).toBeLessThan(besideLaneHeaders + 40);
      expect(box.right).toBeLessThanOrEqual(viewRight);
    }
    expect(document.elementFromPoint(texts[0]!.getBoundingClientRect().left + 4, texts[0]!.getBoundingClientRect().top + 4)).toBe(texts[0]);
  });

  it('leave a phase that starts in view where it starts', async () => {
    const { phase } = await mountMap(density);
    const name = phase.querySelector<HTMLElement>('.jk-swimlanes__phase-name')!;
    const paddingLeft = Number.parseFloat(getComputedStyle(phase).paddingLeft);
    expect(name.getBoundingClientRect().left - phase.getBoundingClientRect().left).toBeCloseTo(paddingLeft + Number.parseFloat(getComputedStyle(phase).borderLeftWidth), 0);
  });
});
