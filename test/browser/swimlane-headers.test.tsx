/**
 * What a user sees of the swimlanes' headers, measured in real Chromium: a phase header shows its
 * two lines of goals whole (descenders included), a persona lane header with a long name keeps its
 * role badge inside the lane, and a card focused by the keyboard is never left under the sticky
 * headers.
 */
import { parseJourney, type JourneyDocument } from '@journeykit/core';
import { SAMPLE_JOURNEYS } from '@journeykit/core/samples';
import { PhaseSwimlanes } from '@journeykit/react';
import { render } from '@testing-library/react';
import { page, userEvent } from 'vitest/browser';

const document_: JourneyDocument = {
  version: 1,
  id: 'headers',
  title: 'Headers',
  type: 'current-state',
  phases: [
    { id: 'awareness', name: 'Awareness', goals: ['Notice the brand', 'Understand the problem space before anyone else in the company does'] },
    { id: 'decision', name: 'Decision', goals: ['Go live within four weeks', 'No disruption to the running shop'] },
  ],
  personas: [
    { id: 'long', name: 'Maximiliane Alexandra von Hohenberg-Schwarzenfeld', role: 'decider', jobTitle: 'Head of Strategic Procurement and Supplier Relationship Management' },
    { id: 'short', name: 'Jonas Richter', role: 'gatekeeper', jobTitle: 'IT security' },
  ],
  touchpoints: [
    { id: 'a', phaseId: 'awareness', personaIds: ['long'], title: 'Reads a whitepaper', channel: 'website', mode: 'online', influence: 'indirect', emotion: 1 },
    { id: 'b', phaseId: 'decision', personaIds: ['long', 'short'], title: 'Call', channel: 'phone', mode: 'offline', influence: 'direct', emotion: -1 },
  ],
};
const journey = parseJourney(document_);
const payment = parseJourney(SAMPLE_JOURNEYS.find((sample) => sample.id === 'payment-provider')!.document);

const box = (element: Element) => element.getBoundingClientRect();

describe('swimlane headers in Chromium', () => {
  it('show both lines of a phase’s goals inside the phase header', () => {
    // Narrow phases: each phase's goals wrap onto (at least) two lines.
    const { container } = render(
      <div style={{ width: 900 }}>
        <PhaseSwimlanes journey={journey} windowing={false} />
      </div>,
    );
    const phases = Array.from(container.querySelectorAll<HTMLElement>('.jk-swimlanes__phase'));
    expect(phases).toHaveLength(2);
    for (const phase of phases) {
      const goals = phase.querySelector<HTMLElement>('.jk-swimlanes__phase-goals')!;
      const lineHeight = Number.parseFloat(getComputedStyle(goals).lineHeight);
      expect(goals.scrollHeight).toBeGreaterThan(1.5 * lineHeight); // wraps
      // Two whole lines (the clamp), not a box squeezed below them, and inside the header.
      expect(box(goals).height).toBeGreaterThanOrEqual(2 * lineHeight - 0.5);
      expect(box(goals).bottom).toBeLessThanOrEqual(box(phase).bottom + 0.5);
      for (const text of phase.children) expect(box(text).height).toBeGreaterThanOrEqual(Number.parseFloat(getComputedStyle(text).lineHeight) - 0.5);
    }
  });

  it('keep a persona’s name, job and role badge inside the lane, centred when they fit', () => {
    const { container } = render(
      <div style={{ width: 900 }}>
        <PhaseSwimlanes journey={journey} windowing={false} />
      </div>,
    );
    const headers = Array.from(container.querySelectorAll<HTMLElement>('.jk-swimlanes__lane-header'));
    expect(headers).toHaveLength(2);
    for (const header of headers) {
      const lane = box(header);
      const name = header.querySelector('.jk-persona-card__name')!;
      const role = header.querySelector('.jk-persona-card__role')!;
      expect(box(name).top).toBeGreaterThanOrEqual(lane.top);
      expect(box(role).bottom).toBeLessThanOrEqual(lane.bottom);
      // What the badge shows is what the user reads: it must not be cut by the lane's edge.
      expect(document.elementFromPoint(box(role).left + 8, box(role).bottom - 3)).toBe(role);
    }
    // The short persona's text block sits in the middle of its lane (the avatar's row is not padding).
    const short = headers[1]!;
    const top = box(short.querySelector('.jk-persona-card__name')!).top - box(short).top;
    const bottom = box(short).bottom - box(short.querySelector('.jk-persona-card__role')!).bottom;
    expect(Math.abs(top - bottom)).toBeLessThanOrEqual(3);
  });
});

describe('keyboard focus in narrow swimlanes (Chromium)', () => {
  afterEach(() => page.viewport(414, 896));

  it('brings a focused card out from under the sticky lane headers', async () => {
    // Room for one card beside the 232 px lane headers (a phone in landscape, a narrow column).
    await page.viewport(800, 700);
    const { container } = render(
      <div style={{ width: 480 }}>
        <PhaseSwimlanes journey={payment} windowing={false} />
      </div>,
    );
    const viewport = container.querySelector<HTMLElement>('.jk-swimlanes__viewport')!;
    const laneHeader = box(container.querySelector('.jk-swimlanes__lane-header')!);
    container.querySelector<HTMLElement>('.jk-swimlanes__body [data-jk-roving-key]')!.focus();
    // Along the first lane and back: the cards passed on the way right lie under the lane headers.
    for (const key of [...Array(5).fill('{ArrowRight}'), ...Array(4).fill('{ArrowLeft}')]) {
      await userEvent.keyboard(key);
      const card = box(document.activeElement!);
      expect(card.left).toBeGreaterThanOrEqual(laneHeader.right - 1);
      expect(card.right).toBeLessThanOrEqual(box(viewport).right);
      expect(document.elementFromPoint(card.left + 8, card.top + 12)?.closest('[data-jk-roving-key]')).toBe(document.activeElement);
    }
  });
});
