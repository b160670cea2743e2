import { computeJourneyLayout, parseJourney, type JourneyDocument } from '@journeykit/core';
import { generateJourney } from '@journeykit/core/samples';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { JourneyMap } from '../JourneyMap/JourneyMap';
import { PhaseSwimlanes } from '../PhaseSwimlanes/PhaseSwimlanes';
import { TouchpointTimeline } from '../TouchpointTimeline/TouchpointTimeline';
import { DENSE_SIZES } from './density';

vi.setConfig({ testTimeout: 20_000 });

const doc: JourneyDocument = {
  version: 1,
  id: 'dense',
  title: 'Payment provider',
  type: 'current-state',
  phases: [
    { id: 'aware', name: 'Awareness' },
    { id: 'consider', name: 'Consideration' },
  ],
  personas: [
    { id: 'cfo', name: 'Claudia Wenger', role: 'decider' },
    { id: 'dev', name: 'Deniz Arslan', role: 'user' },
  ],
  touchpoints: [
    { id: 'ad', phaseId: 'aware', personaIds: ['cfo'], title: 'Sees a search ad', channel: 'search-ads', mode: 'online', influence: 'direct', order: 1, emotion: 1 },
    { id: 'blog', phaseId: 'aware', personaIds: ['dev'], title: 'Reads a blog post', channel: 'forum', mode: 'online', influence: 'indirect', order: 2 },
    { id: 'review', phaseId: 'consider', personaIds: ['cfo', 'dev'], title: 'Reads reviews', channel: 'review-portal', mode: 'online', influence: 'indirect', emotion: -1, order: 1 },
    { id: 'call', phaseId: 'consider', personaIds: ['cfo'], title: 'Calls sales', channel: 'phone', mode: 'offline', influence: 'direct', order: 2 },
  ],
};
const journey = parseJourney(doc);
// The same layout the dense view computes (ordinal, lanes by persona, no emotion band): where to click.
const layout = computeJourneyLayout(journey, { ...DENSE_SIZES, emotionHeight: 0 });
const itemOf = (key: string) => layout.items.find((item) => item.key === key)!;

/** A 2D context that records its calls (jsdom has no canvas). */
function stubCanvas() {
  const calls: string[] = [];
  const context = new Proxy({} as Record<string | symbol, unknown>, {
    get(target, name) {
      if (name in target) return target[name];
      return (..._args: unknown[]) => {
        calls.push(String(name));
      };
    },
    set(target, name, value) {
      target[name] = value;
      return true;
    },
  });
  const spy = vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation((() => context) as unknown as HTMLCanvasElement['getContext']);
  return { calls, count: (name: string) => calls.filter((call) => call === name).length, restore: () => spy.mockRestore() };
}

let canvas: ReturnType<typeof stubCanvas>;
const sizeSpies: { mockRestore(): void }[] = [];
beforeEach(() => {
  canvas = stubCanvas();
  // jsdom lays nothing out: give the scroll viewport a client size so that marks fall into view.
  sizeSpies.push(vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1200), vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(800));
});
afterEach(() => {
  canvas.restore();
  while (sizeSpies.length) sizeSpies.pop()!.mockRestore();
});

const region = () => screen.getByRole('group', { name: /Payment provider – journey map, 4 touchpoints/ });
const live = (container: HTMLElement) => container.querySelector('[aria-live="polite"]')!;

describe('dense mode', () => {
  it('draws touchpoints on a canvas and keeps headers, lanes and a named, focusable region in HTML', () => {
    const { container } = render(<PhaseSwimlanes journey={journey} density="dense" />);
    expect(container.querySelector('canvas')).toBeInTheDocument();
    expect(container.querySelectorAll('[data-touchpoint-index]')).toHaveLength(0); // no cards
    expect(region()).toHaveAttribute('tabindex', '0');
    expect(region()).toHaveAccessibleDescription(/Arrow keys move between touchpoints/);
    expect(within(region()).getByText('Awareness')).toBeInTheDocument();
    expect(within(region()).getByText('Claudia Wenger')).toBeInTheDocument();
    expect(container.querySelectorAll('.jk-swimlanes__lane')).toHaveLength(2);
    expect(canvas.count('clearRect')).toBe(1); // drawn once, in an effect
    expect(canvas.count('rect')).toBeGreaterThanOrEqual(layout.items.length);
  });

  it('moves between touchpoints with the arrow keys, announces them, opens with Enter and closes with Escape', async () => {
    const user = userEvent.setup();
    const { container } = render(<PhaseSwimlanes journey={journey} density="dense" />);
    region().focus();
    await user.keyboard('{ArrowRight}');
    expect(live(container)).toHaveTextContent('Sees a search ad — Awareness, Claudia Wenger. Touchpoint 1 of 5.');
    await user.keyboard('{ArrowRight}');
    expect(live(container)).toHaveTextContent(/^Reads reviews — Consideration, Claudia Wenger/);
    await user.keyboard('{ArrowDown}');
    expect(live(container)).toHaveTextContent(/^Reads reviews — Consideration, Deniz Arslan. Touchpoint 5 of 5/);
    await user.keyboard('{Home}');
    expect(live(container)).toHaveTextContent(/^Reads a blog post/);
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Reads a blog post' });
    expect(dialog).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(region()).toHaveFocus();
  });

  it('opens the popover for the mark under a click, without redrawing the canvas layer', async () => {
    const onOpen = vi.fn();
    const onSelect = vi.fn();
    render(<PhaseSwimlanes journey={journey} density="dense" onTouchpointOpen={onOpen} onTouchpointSelect={onSelect} />);
    const draws = canvas.count('clearRect');
    const call = itemOf('call@persona:cfo');
    // jsdom boxes are at (0, 0): client coordinates are map coordinates.
    fireEvent.click(region(), { clientX: call.x + 2, clientY: call.y + 2 });
    expect(await screen.findByRole('dialog', { name: 'Calls sales' })).toBeInTheDocument();
    expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ id: 'call' }));
    expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ id: 'call' }));
    expect(canvas.count('clearRect')).toBe(draws);
    // A click between marks opens nothing new.
    fireEvent.click(region(), { clientX: call.x + call.width + 1, clientY: call.y + 2 });
    expect(screen.getByRole('dialog', { name: 'Calls sales' })).toBeInTheDocument();
  });

  it('hides a persona by filter: its lane goes, the canvas is redrawn, its marks are no longer hit', () => {
    const { container, rerender } = render(<PhaseSwimlanes journey={journey} density="dense" filters={{}} />);
    const draws = canvas.count('clearRect');
    rerender(<PhaseSwimlanes journey={journey} density="dense" filters={{ personaIds: ['dev'] }} />);
    expect(container.querySelectorAll('.jk-swimlanes__lane')).toHaveLength(1);
    expect(canvas.count('clearRect')).toBe(draws + 1);
    const ad = itemOf('ad@persona:cfo');
    fireEvent.click(screen.getByRole('group'), { clientX: ad.x + 2, clientY: ad.y + 2 });
    // Deniz's lane moved up into Claudia's place: the click lands on Deniz's first mark.
    expect(screen.getByRole('dialog', { name: 'Reads a blog post' })).toBeInTheDocument();
  });

  it('server-renders headers and an empty canvas without touching the canvas', () => {
    const html = renderToString(<PhaseSwimlanes journey={journey} density="dense" />);
    expect(html).toContain('<canvas');
    expect(html).toContain('Awareness');
    expect(canvas.count('clearRect')).toBe(0);
  });

  it('is chosen automatically beyond 1,000 touchpoints, also on the timeline', () => {
    const big = parseJourney(generateJourney({ seed: 3, touchpoints: 1200, personas: 4, phases: 4 }));
    const { container, unmount } = render(<PhaseSwimlanes journey={big} />);
    expect(container.querySelector('.jk-dense canvas')).toBeInTheDocument();
    unmount();
    render(<TouchpointTimeline journey={big} />);
    expect(document.querySelector('.jk-dense[data-axis="time"] canvas')).toBeInTheDocument();
    expect(document.querySelectorAll('.jk-dense__tick').length).toBeGreaterThan(0);
    render(<PhaseSwimlanes journey={journey} />);
    expect(screen.getAllByRole('grid')).toHaveLength(1); // the small journey keeps its cards
  });

  it('in JourneyMap: the density prop, the emotion curve drawn on the canvas instead of its own part', () => {
    const { container } = render(<JourneyMap journey={journey} density="dense" />);
    expect(container.querySelector('.jk-journey-map')).toHaveAttribute('data-density', 'dense');
    expect(container.querySelector('.jk-emotion-curve')).not.toBeInTheDocument();
    expect(container.querySelector('.jk-dense__emotion')).toHaveTextContent('Emotion curve');
    expect(canvas.count('stroke')).toBeGreaterThan(0); // curves
    act(() => {
      region().focus();
    });
    expect(region()).toHaveFocus();
  });

  describe('on a time axis', () => {
    // The same touchpoints on day offsets 0, 3, 10 and 20.
    const timed = parseJourney({ ...doc, touchpoints: doc.touchpoints.map((touchpoint, index) => ({ ...touchpoint, at: [0, 3, 10, 20][index] })) });
    const mapWidth = (container: HTMLElement) => Number.parseFloat(container.querySelector<HTMLElement>('.jk-dense__map')!.style.width);

    it('zooms by laying the days out wider: buttons, + and −, reset with 0', async () => {
      const onZoomChange = vi.fn();
      const { container } = render(<TouchpointTimeline journey={timed} density="dense" onZoomChange={onZoomChange} />);
      const before = mapWidth(container);
      expect(screen.getByText('Zoom 100 %')).toBeInTheDocument();
      expect(screen.getByText('+/− or the buttons to zoom · scroll to pan')).toBeInTheDocument();
      await userEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
      expect(screen.getByText('Zoom 150 %')).toBeInTheDocument();
      expect(onZoomChange).toHaveBeenLastCalledWith({ scale: 1.5, x: expect.any(Number) });
      // 20 days at 32 px a day: the axis grows by half of 640 px (minus rounding of the end margin).
      expect(mapWidth(container) - before).toBeCloseTo(320, -1);
      region().focus();
      await userEvent.keyboard('+');
      expect(screen.getByText('Zoom 225 %')).toBeInTheDocument();
      await userEvent.keyboard('-');
      expect(screen.getByText('Zoom 150 %')).toBeInTheDocument();
      await userEvent.keyboard('0');
      expect(screen.getByText('Zoom 100 %')).toBeInTheDocument();
      expect(mapWidth(container)).toBe(before);
    });

    it('takes a controlled zoom and keeps marks, hit-testing and the focus ring on the new layout', async () => {
      const { container, rerender } = render(<TouchpointTimeline journey={timed} density="dense" zoom={{ scale: 2, x: 0 }} />);
      expect(screen.getByText('Zoom 200 %')).toBeInTheDocument();
      const wide = computeJourneyLayout(timed, { ...DENSE_SIZES, cardHeight: 18, gap: 3, lanePadding: 12, axisHeight: 28, axis: 'time', emotionHeight: 0, pixelsPerDay: 64 });
      expect(mapWidth(container)).toBe(wide.width);
      region().focus();
      await userEvent.keyboard('{ArrowRight}');
      const ring = container.querySelector<HTMLElement>('.jk-dense__focus')!;
      const first = wide.items.find((item) => item.touchpointId === 'ad')!;
      expect(ring.style.left).toBe(`${first.x}px`);
      rerender(<TouchpointTimeline journey={timed} density="dense" zoom={{ scale: 1, x: 0 }} />);
      expect(screen.getByText('Zoom 100 %')).toBeInTheDocument();
    });

    it('keeps the focused touchpoint focused through a zoom step, its ring on the new layout', async () => {
      const { container } = render(<TouchpointTimeline journey={timed} density="dense" />);
      region().focus();
      await userEvent.keyboard('{ArrowRight}{ArrowRight}');
      const announced = live(container).textContent;
      expect(announced).toMatch(/^Reads reviews — /);
      const ring = () => container.querySelector<HTMLElement>('.jk-dense__focus');
      const before = Number.parseFloat(ring()!.style.left);
      await userEvent.keyboard('+');
      expect(screen.getByText('Zoom 150 %')).toBeInTheDocument();
      expect(live(container).textContent).toBe(announced);
      expect(Number.parseFloat(ring()!.style.left)).toBeGreaterThan(before); // the same item, laid out wider
    });

    it('never throws on a zoom that is not finite: the canvas timeline draws at scale 1 and warns', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      render(<TouchpointTimeline journey={timed} density="dense" zoom={{ scale: 2, x: Number.POSITIVE_INFINITY }} defaultZoom={Number.NaN} maxZoom={Number.NaN} />);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('zoom.x must be a finite number; received Infinity'));
      expect(screen.getByText('Zoom 100 %')).toBeInTheDocument();
      warn.mockRestore();
    });

    it('has no zoom on phase columns', () => {
      render(<PhaseSwimlanes journey={journey} density="dense" />);
      expect(screen.queryByRole('button', { name: 'Zoom in' })).not.toBeInTheDocument();
    });
  });
});
