/**
 * Maps on a phone, measured in real Chromium: below 640 px the lane headers shrink to 128 px —
 * name and role, no avatar or job title — from the first paint on, so the cards and the time axis
 * keep most of the width (cards, time axis and dense canvas alike); the map's emotion curve shrinks
 * its gutter with them; a width the app sets itself is kept; a map resized across 640 px follows.
 */
import { parseJourney } from '@journeykit/core';
import { SAMPLE_JOURNEYS } from '@journeykit/core/samples';
import { JourneyMap, PhaseSwimlanes, TouchpointTimeline } from '@journeykit/react';
import { render, screen, waitFor } from '@testing-library/react';
import { page } from 'vitest/browser';

const journey = parseJourney(SAMPLE_JOURNEYS.find((sample) => sample.id === 'payment-provider')!.document);
const box = (element: Element) => element.getBoundingClientRect();
const visible = (element: Element) => getComputedStyle(element).display !== 'none' && box(element).width > 0;
const rowHeaders = (root: ParentNode) => Array.from(root.querySelectorAll<HTMLElement>('[role="rowheader"]'));

describe('compact lane headers on narrow maps', () => {
  afterEach(() => page.viewport(414, 896));

  it('gives a map on a phone narrow persona headers with name and role, and the cards most of the width', async () => {
    await page.viewport(390, 844);
    const { container } = render(<JourneyMap journey={journey} windowing={false} />);
    const swimlanes = container.querySelector<HTMLElement>('.jk-swimlanes')!;
    expect(swimlanes.dataset.laneHeaders).toBe('compact');
    const headers = rowHeaders(swimlanes);
    expect(headers).toHaveLength(journey.personas.length);
    for (const [index, header] of headers.entries()) {
      const persona = journey.personas[index]!;
      expect(box(header).width).toBeLessThanOrEqual(130);
      // The name and the role badge are there and inside the header; the avatar and job title give way.
      const name = header.querySelector('.jk-persona-card__name')!;
      expect(name.textContent).toBe(persona.name);
      expect(visible(name)).toBe(true);
      const badge = header.querySelector('.jk-badge')!;
      expect(visible(badge)).toBe(true);
      expect(box(badge).right).toBeLessThanOrEqual(box(header).right + 0.5);
      expect(visible(header.querySelector('.jk-avatar')!)).toBe(false);
      if (persona.jobTitle) expect(visible(header.querySelector('.jk-persona-card__job')!)).toBe(false);
    }
    // More than half of the swimlanes' width is for the cards.
    expect(box(swimlanes).width - box(headers[0]!).width).toBeGreaterThan(box(swimlanes).width / 2);
    // The emotion curve's plot starts where the phase columns start, as on a desktop.
    const firstPhase = swimlanes.querySelector('.jk-swimlanes__phase')!;
    const band = container.querySelector('.jk-emotion-curve__band')!;
    expect(Math.abs(box(band).left - box(firstPhase).left)).toBeLessThanOrEqual(1.5);
  });

  it('keeps the longest role names whole inside a compact header (German)', async () => {
    await page.viewport(390, 844);
    const german = parseJourney({
      ...SAMPLE_JOURNEYS.find((sample) => sample.id === 'payment-provider')!.document,
      locale: 'de',
      personas: (['influencer', 'decider', 'gatekeeper', 'initiator', 'buyer', 'user'] as const).map((role, index) => ({ id: `p${index}`, name: `Person ${index}`, role })),
      touchpoints: [],
    });
    const { container } = render(<PhaseSwimlanes journey={german} windowing={false} />);
    for (const header of rowHeaders(container.querySelector('.jk-swimlanes')!)) {
      const badge = header.querySelector<HTMLElement>('.jk-badge')!;
      expect(box(badge).right).toBeLessThanOrEqual(box(header).right - 4);
      expect(badge.scrollWidth).toBeLessThanOrEqual(badge.clientWidth); // nothing cut off inside it
    }
  });

  it('keeps the full headers on a desktop', async () => {
    await page.viewport(1280, 800);
    const { container } = render(<JourneyMap journey={journey} windowing={false} />);
    const swimlanes = container.querySelector<HTMLElement>('.jk-swimlanes')!;
    expect(swimlanes.dataset.laneHeaders).toBe('full');
    const header = rowHeaders(swimlanes)[0]!;
    expect(box(header).width).toBeCloseTo(232, 0);
    expect(visible(header.querySelector('.jk-avatar')!)).toBe(true);
    expect(visible(header.querySelector('.jk-persona-card__job')!)).toBe(true);
  });

  it('lays out a phone timeline compact before the first paint: name and role, no job title', async () => {
    await page.viewport(390, 844);
    const { container } = render(<TouchpointTimeline journey={journey} />);
    // Right after the synchronous render (no frame has been painted): already compact.
    const timeline = container.querySelector<HTMLElement>('.jk-timeline')!;
    expect(timeline.dataset.laneHeaders).toBe('compact');
    const header = rowHeaders(timeline)[0]!;
    expect(box(header).width).toBeLessThanOrEqual(130);
    const persona = journey.personas[0]!;
    expect(header.querySelector('.jk-timeline__lane-name')!.textContent).toBe(persona.name);
    expect(header.querySelector('.jk-timeline__lane-meta')!.textContent).toContain('Decider');
    expect(visible(header.querySelector('.jk-timeline__lane-job')!)).toBe(false);
    // The phase bands of the time axis start right after the header.
    const firstPhase = timeline.querySelector('.jk-timeline__phase')!;
    expect(Math.abs(box(firstPhase).left - box(header).right)).toBeLessThanOrEqual(1.5);
  });

  it('gives a dense (canvas) map on a phone the same compact headers', async () => {
    await page.viewport(390, 844);
    const { container } = render(<PhaseSwimlanes journey={journey} density="dense" />);
    const dense = container.querySelector<HTMLElement>('.jk-dense')!;
    expect(dense.dataset.laneHeaders).toBe('compact');
    const header = dense.querySelector('.jk-swimlanes__lane-header')!;
    expect(box(header).width).toBeLessThanOrEqual(130);
    expect(header.querySelector('.jk-persona-card__name')!.textContent).toBe(journey.personas[0]!.name);
    expect(visible(header.querySelector('.jk-avatar')!)).toBe(false);
  });

  it('keeps a lane header width the app sets, on a phone too', async () => {
    await page.viewport(390, 844);
    const { container } = render(<PhaseSwimlanes journey={journey} sizes={{ laneHeaderWidth: 200 }} windowing={false} />);
    const swimlanes = container.querySelector<HTMLElement>('.jk-swimlanes')!;
    expect(box(rowHeaders(swimlanes)[0]!).width).toBeCloseTo(200, 0);
    expect(swimlanes.dataset.laneHeaders).toBe('full');
  });

  it('shows the compact content in any header narrower than 170 px, also on a desktop', async () => {
    await page.viewport(1280, 800);
    const { container } = render(<PhaseSwimlanes journey={journey} sizes={{ laneHeaderWidth: 140 }} windowing={false} />);
    const swimlanes = container.querySelector<HTMLElement>('.jk-swimlanes')!;
    expect(swimlanes.dataset.laneHeaders).toBe('compact');
    expect(visible(rowHeaders(swimlanes)[0]!.querySelector('.jk-avatar')!)).toBe(false);
  });

  it('follows a map resized across 640 px', async () => {
    await page.viewport(1280, 800);
    const host = document.createElement('div');
    host.style.width = '1000px';
    document.body.append(host);
    const { unmount } = render(<PhaseSwimlanes journey={journey} windowing={false} />, { container: host });
    const header = () => rowHeaders(host)[0]!;
    expect(box(header()).width).toBeCloseTo(232, 0);
    host.style.width = '420px';
    await waitFor(() => expect(box(header()).width).toBeLessThanOrEqual(130));
    host.style.width = '900px';
    await waitFor(() => expect(box(header()).width).toBeCloseTo(232, 0));
    expect(screen.getAllByRole('rowheader')).toHaveLength(journey.personas.length);
    unmount();
    host.remove();
  });
});
