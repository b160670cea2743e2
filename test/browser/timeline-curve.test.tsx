/**
 * The map's emotion curve under the timeline, measured in real Chromium: each point stands at its
 * card's start (the touchpoint's day), each phase band of the curve spans the timeline's phase
 * header — at rest, zoomed in with the + key and panned with a mouse drag; and the curve's keyboard
 * brings a point outside the zoomed view into view, with its card.
 */
import { parseJourney } from '@journeykit/core';
import { softwarePurchaseJourney } from '@journeykit/core/samples';
import { JourneyMap, ROVING_KEY_ATTRIBUTE } from '@journeykit/react';
import { render, waitFor } from '@testing-library/react';
import { userEvent } from 'vitest/browser';

vi.setConfig({ testTimeout: 60_000 });

const journey = parseJourney(softwarePurchaseJourney);
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

function mountMap() {
  const view = render(
    <div style={{ width: 1200 }}>
      <JourneyMap journey={journey} defaultView={{ axis: 'time', lanes: 'persona' }} />
    </div>,
  );
  const viewport = view.container.querySelector<HTMLElement>('.jk-timeline__viewport')!;
  return { ...view, viewport };
}

/** Waits until cards, phases and the curve's points stop moving (measuring, fitting and zoom animations). */
async function settled(container: HTMLElement) {
  await waitFor(() => expect(container.querySelector('.jk-timeline .jk-touchpoint-card')).not.toBeNull());
  await waitFor(() => expect(container.querySelector('.jk-emotion-curve__hit[data-key]')).not.toBeNull());
  const positions = () =>
    [...container.querySelectorAll<HTMLElement>('.jk-timeline .jk-touchpoint-card, .jk-timeline__phase, .jk-emotion-curve__phase, .jk-emotion-curve__hit')]
      .map((element) => Math.round(element.getBoundingClientRect().left * 10))
      .join('|');
  for (let last = '', stable = 0; stable < 4; ) {
    await frame();
    const now = positions();
    stable = now === last ? stable + 1 : 0;
    last = now;
  }
}

/** The zoomable part of the timeline on screen: right of the lane headers, left of the viewport's scrollbar. */
function visibleRange(viewport: HTMLElement): [number, number] {
  const header = viewport.querySelector('.jk-timeline__lane-header')!.getBoundingClientRect();
  return [header.right, viewport.getBoundingClientRect().left + viewport.clientLeft + viewport.clientWidth];
}

/**
 * Walks the curve's point cursor (one focusable button that the arrow keys move) along the first
 * three personas' curves and compares each point's centre with the left edge of its card in the
 * persona's lane (both read at the same moment: focusing a point may scroll the page). Returns how
 * many visible points were compared.
 */
async function expectPointsAtCardStarts(container: HTMLElement, viewport: HTMLElement): Promise<number> {
  const cursor = () => container.querySelector<HTMLButtonElement>('.jk-emotion-curve__hit[data-key]')!;
  cursor().focus();
  await userEvent.keyboard('{Home}');
  let compared = 0;
  const mismatches: string[] = [];
  for (let row = 0; row < 3; row++) {
    for (let step = 0; step < 12; step++) {
      const button = cursor();
      const [personaId, touchpointId] = button.dataset.key!.split(/:(.*)/s) as [string, string];
      const card = viewport.querySelector(`[${ROVING_KEY_ATTRIBUTE}="${CSS.escape(`${touchpointId}@persona:${personaId}`)}"]`);
      const [left, right] = visibleRange(viewport);
      const start = card?.getBoundingClientRect().left;
      const box = button.getBoundingClientRect();
      const x = box.left + box.width / 2;
      if (start !== undefined && start > left + 2 && start < right - 2) {
        if (Math.abs(x - start) > 1.5) mismatches.push(`${button.dataset.key}: point at ${x.toFixed(1)}, card starts at ${start.toFixed(1)}`);
        compared++;
      }
      await userEvent.keyboard('{ArrowRight}');
    }
    await userEvent.keyboard('{ArrowDown}{Home}');
  }
  expect(mismatches).toEqual([]);
  return compared;
}

/** Each phase of the timeline's head and of the curve, cut to the visible part: the same names over the same x ranges. */
function expectPhasesAligned(container: HTMLElement, viewport: HTMLElement) {
  const [left, right] = visibleRange(viewport);
  const visible = (selector: string) =>
    [...container.querySelectorAll<HTMLElement>(selector)]
      .map((element) => {
        const box = element.getBoundingClientRect();
        return { name: element.title, from: Math.max(left, box.left), to: Math.min(right, box.right) };
      })
      .filter((phase) => phase.to - phase.from > 2);
  const head = visible('.jk-timeline__phase');
  const curve = visible('.jk-emotion-curve__phase');
  expect(head.length).toBeGreaterThan(0);
  expect(curve.map((phase) => phase.name)).toEqual(head.map((phase) => phase.name));
  head.forEach((phase, index) => {
    expect(Math.abs(curve[index]!.from - phase.from), `${phase.name} starts`).toBeLessThanOrEqual(1.5);
    expect(Math.abs(curve[index]!.to - phase.to), `${phase.name} ends`).toBeLessThanOrEqual(1.5);
  });
  return head;
}

describe('the emotion curve under the timeline in Chromium', () => {
  it('puts each point at its card’s start and each phase band under its header, at rest, zoomed and panned', async () => {
    const { container, viewport } = mountMap();
    await settled(container);
    expect(expectPhasesAligned(container, viewport).length).toBe(journey.phases.length); // at rest the whole journey is in view
    expect(await expectPointsAtCardStarts(container, viewport)).toBeGreaterThanOrEqual(8);

    // Zoom in with the + key, twice, on a focused card in the middle.
    const cards = [...viewport.querySelectorAll<HTMLElement>('.jk-touchpoint-card')];
    const middle = cards[Math.floor(cards.length / 2)]!;
    middle.focus();
    await userEvent.keyboard('++');
    await settled(container);
    expect(container.querySelector('.jk-timeline')!.getAttribute('data-zoomed')).toBe('true');
    expectPhasesAligned(container, viewport);
    expect(await expectPointsAtCardStarts(container, viewport)).toBeGreaterThanOrEqual(3);

    // Pan: drag a visible card towards the lane headers.
    const [left, right] = visibleRange(viewport);
    const card = [...viewport.querySelectorAll<HTMLElement>('.jk-touchpoint-card')].find((candidate) => {
      const box = candidate.getBoundingClientRect();
      return box.left > left + 250 && box.right < right - 20;
    })!;
    const before = card.getBoundingClientRect().left;
    await userEvent.dragAndDrop(card, viewport.querySelector<HTMLElement>('.jk-timeline__lane-header')!);
    await settled(container);
    expect(card.getBoundingClientRect().left).toBeLessThan(before - 100);
    expectPhasesAligned(container, viewport);
    expect(await expectPointsAtCardStarts(container, viewport)).toBeGreaterThanOrEqual(3);
  });

  it('pans the zoomed timeline to a point the curve’s keyboard moves to outside the view', async () => {
    const { container, viewport } = mountMap();
    await settled(container);
    // Zoom in around the first card: the journey's end leaves the view.
    const first = viewport.querySelector<HTMLElement>('.jk-touchpoint-card')!;
    first.focus();
    await userEvent.keyboard('+++');
    await settled(container);
    const cursor = () => container.querySelector<HTMLButtonElement>('.jk-emotion-curve__hit[data-key]')!;
    const cardOf = (button: HTMLElement) => {
      const [personaId, touchpointId] = button.dataset.key!.split(/:(.*)/s) as [string, string];
      return viewport.querySelector<HTMLElement>(`[${ROVING_KEY_ATTRIBUTE}="${CSS.escape(`${touchpointId}@persona:${personaId}`)}"]`)!;
    };
    cursor().focus();
    // The persona's last card (the one End moves the point to) is right of the view now.
    const personaId = cursor().dataset.key!.split(/:(.*)/s)[0]!;
    const lane = [...viewport.querySelectorAll<HTMLElement>(`[${ROVING_KEY_ATTRIBUTE}$="${CSS.escape(`@persona:${personaId}`)}"]`)];
    const lastCard = lane.reduce((a, b) => (b.getBoundingClientRect().left > a.getBoundingClientRect().left ? b : a));
    expect(lastCard.getBoundingClientRect().left).toBeGreaterThan(visibleRange(viewport)[1]);
    await userEvent.keyboard('{End}');
    expect(cardOf(cursor())).toBe(lastCard);
    await settled(container);
    const point = cursor().getBoundingClientRect();
    const card = lastCard.getBoundingClientRect();
    const [from, to] = visibleRange(viewport);
    expect(point.left + point.width / 2).toBeGreaterThan(from);
    expect(point.left + point.width / 2).toBeLessThan(to);
    expect(card.left).toBeGreaterThanOrEqual(from - 1);
    expect(card.right).toBeLessThanOrEqual(to + 1);
    expect(Math.abs(point.left + point.width / 2 - card.left)).toBeLessThanOrEqual(1.5); // still at its card's start
    expect(container.querySelector('.jk-timeline')!.getAttribute('data-zoomed')).toBe('true'); // panned, not zoomed out
  });
});
