import { parseJourney, type JourneyDocument } from '@journeykit/core';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TouchpointTimeline } from './TouchpointTimeline';

const document: JourneyDocument = {
  version: 1,
  id: 'trial',
  title: 'Trial',
  type: 'current-state',
  phases: [
    { id: 'trial', name: 'Trial' },
    { id: 'decision', name: 'Decision' },
  ],
  personas: [
    { id: 'ops', name: 'Lea Brandt', role: 'user' },
    { id: 'cfo', name: 'Jonas Weber', role: 'decider' },
  ],
  touchpoints: [
    { id: 't1', phaseId: 'trial', personaIds: ['ops'], title: 'Signs up', channel: 'website', mode: 'online', influence: 'direct', at: 0 },
    { id: 't2', phaseId: 'trial', personaIds: ['ops'], title: 'Imports prices', channel: 'online-tool', mode: 'online', influence: 'direct', at: 4, durationDays: 3 },
    { id: 't3', phaseId: 'trial', personaIds: ['ops'], title: 'Reads reviews', channel: 'review-portal', mode: 'online', influence: 'indirect' },
    { id: 't4', phaseId: 'decision', personaIds: ['cfo'], title: 'Business case call', channel: 'phone', mode: 'offline', influence: 'direct', at: 10 },
    { id: 't5', phaseId: 'decision', personaIds: ['cfo'], title: 'Signs', channel: 'email', mode: 'online', influence: 'direct', at: 14 },
  ],
};
const journey = parseJourney(document);
const card = (title: string) => screen.getByRole('button', { name: new RegExp(`^${title}\\.`) });
const tickLabels = (container: HTMLElement) => [...container.querySelectorAll('.jk-timeline__tick')].map((tick) => tick.textContent);

describe('TouchpointTimeline', () => {
  // Reduced motion: zoom steps apply at once (no animation frames), which keeps these tests deterministic.
  beforeEach(() => {
    vi.spyOn(window, 'matchMedia').mockImplementation((query: string) => ({ matches: query.includes('reduce'), media: query }) as MediaQueryList);
  });
  afterEach(() => vi.restoreAllMocks());

  it('is a grid named by the journey with a row per lane and a card per touchpoint', () => {
    render(<TouchpointTimeline journey={journey} />);
    const grid = screen.getByRole('grid', { name: 'Trial – Timeline' });
    const rows = within(grid).getAllByRole('row');
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByRole('rowheader')).toHaveTextContent('Lea Brandt');
    expect(within(rows[0]!).getAllByRole('button').map((button) => button.getAttribute('aria-label')?.split('.')[0])).toEqual(['Signs up', 'Imports prices', 'Reads reviews']);
    expect(within(rows[1]!).getByRole('rowheader')).toHaveTextContent('Jonas Weber');
  });

  it('draws the axis ticks, phases, durations and the untimed hint', () => {
    const { container } = render(<TouchpointTimeline journey={journey} />);
    expect(tickLabels(container)).toContain('Day 0');
    expect(container.querySelectorAll('.jk-timeline__phase')).toHaveLength(2);
    expect(card('Imports prices')).toHaveAttribute('aria-description', 'Trial, Day 4, Duration: 3 days');
    expect(container.querySelectorAll('.jk-timeline__duration')).toHaveLength(1);
    expect(card('Reads reviews')).toHaveAttribute('aria-description', 'Trial, Untimed');
    expect(screen.getByText('No date: placed after the last dated touchpoint of its phase.')).toBeInTheDocument();
  });

  it('zooms with the buttons: positions scale, ticks re-tick, reset returns', async () => {
    const { container } = render(<TouchpointTimeline journey={journey} />);
    const root = container.querySelector<HTMLElement>('.jk-timeline')!;
    const before = tickLabels(container);
    expect(screen.getByRole('button', { name: 'Reset zoom' })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('button', { name: 'Zoom out' })).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    await waitFor(() => expect(screen.getByText('Zoom 150 %')).toBeInTheDocument());
    expect(root).toHaveAttribute('data-zoomed', 'true');
    expect(root.style.getPropertyValue('--jk-tl-k')).toBe('1.5');
    expect(tickLabels(container)).not.toEqual(before);
    await userEvent.click(screen.getByRole('button', { name: 'Reset zoom' }));
    await waitFor(() => expect(screen.getByText('Zoom 100 %')).toBeInTheDocument());
    expect(tickLabels(container)).toEqual(before);
  });

  it('zooms with + and − and resets with 0', async () => {
    render(<TouchpointTimeline journey={journey} />);
    act(() => card('Signs up').focus());
    await userEvent.keyboard('+');
    await waitFor(() => expect(screen.getByText('Zoom 150 %')).toBeInTheDocument());
    await userEvent.keyboard('+');
    await waitFor(() => expect(screen.getByText('Zoom 225 %')).toBeInTheDocument());
    await userEvent.keyboard('-');
    await waitFor(() => expect(screen.getByText('Zoom 150 %')).toBeInTheDocument());
    await userEvent.keyboard('0');
    await waitFor(() => expect(screen.getByText('Zoom 100 %')).toBeInTheDocument());
  });

  it('starts at defaultZoom', () => {
    render(<TouchpointTimeline journey={journey} defaultZoom={2} />);
    expect(screen.getByText('Zoom 200 %')).toBeInTheDocument();
  });

  it('zooms with + around the focused card: it stays where it was', async () => {
    const { container } = render(<TouchpointTimeline journey={journey} width={900} />);
    const root = container.querySelector<HTMLElement>('.jk-timeline')!;
    // Where a card is drawn: x · k + tx + the header width (the timeline's CSS).
    const drawnAt = (element: HTMLElement) => {
      const variable = (name: string, from: HTMLElement) => Number.parseFloat(from.style.getPropertyValue(name));
      return variable('--jk-tl-x', element) * variable('--jk-tl-k', root) + variable('--jk-tl-tx', root) + variable('--jk-tl-header-width', root);
    };
    card('Imports prices').focus();
    const before = drawnAt(card('Imports prices'));
    const other = drawnAt(card('Business case call'));
    await userEvent.keyboard('+');
    await waitFor(() => expect(screen.getByText('Zoom 150 %')).toBeInTheDocument());
    expect(drawnAt(card('Imports prices'))).toBeCloseTo(before, 6);
    expect(drawnAt(card('Business case call'))).toBeGreaterThan(other + 10); // a later card moves away from it
  });

  it('ignores a zoom that is not finite, with a warning naming the field, and draws at a usable scale', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<TouchpointTimeline journey={journey} width={900} zoom={{ scale: Number.NaN, x: 0 }} defaultZoom={Number.NaN} maxZoom={Number.NaN} />);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('zoom.scale must be a finite number > 0; received NaN'));
    expect(screen.getByText('Zoom 100 %')).toBeInTheDocument();
    expect((screen.getByRole('grid').closest('.jk-timeline') as HTMLElement).style.getPropertyValue('--jk-tl-k')).toBe('1');
  });

  it('reports every zoom through onZoomChange, uncontrolled', async () => {
    const onZoomChange = vi.fn();
    render(<TouchpointTimeline journey={journey} width={900} onZoomChange={onZoomChange} />);
    expect(onZoomChange).not.toHaveBeenCalled(); // mounting at the default is not a change
    await userEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    await waitFor(() => expect(screen.getByText('Zoom 150 %')).toBeInTheDocument());
    expect(onZoomChange).toHaveBeenLastCalledWith({ scale: 1.5, x: expect.any(Number) });
  });

  it('renders a controlled zoom and only asks for changes', async () => {
    const onZoomChange = vi.fn();
    const { rerender } = render(<TouchpointTimeline journey={journey} width={900} zoom={{ scale: 2, x: -220 }} onZoomChange={onZoomChange} />);
    expect(screen.getByText('Zoom 200 %')).toBeInTheDocument();
    const root = screen.getByRole('grid').closest('.jk-timeline') as HTMLElement;
    expect(root.style.getPropertyValue('--jk-tl-k')).toBe('2');
    await userEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    await waitFor(() => expect(onZoomChange).toHaveBeenCalledWith(expect.objectContaining({ scale: 3 })));
    expect(screen.getByText('Zoom 200 %')).toBeInTheDocument(); // the parent did not take it
    rerender(<TouchpointTimeline journey={journey} width={900} zoom={{ scale: 4, x: -660 }} onZoomChange={onZoomChange} />);
    await waitFor(() => expect(screen.getByText('Zoom 400 %')).toBeInTheDocument());
  });

  it('corrects a controlled zoom beyond the limits and reports the corrected one', async () => {
    const onZoomChange = vi.fn();
    render(<TouchpointTimeline journey={journey} width={900} maxZoom={6} zoom={{ scale: 50, x: 0 }} onZoomChange={onZoomChange} />);
    expect(screen.getByText('Zoom 600 %')).toBeInTheDocument(); // drawn within the limits at once
    await waitFor(() => expect(onZoomChange).toHaveBeenCalledWith({ scale: 6, x: expect.any(Number) }));
  });

  it('moves with arrows in time and across lanes, opens with Enter and closes with Escape', async () => {
    const onTouchpointOpen = vi.fn();
    render(<TouchpointTimeline journey={journey} onTouchpointOpen={onTouchpointOpen} />);
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.tab();
    expect(card('Signs up')).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    expect(card('Imports prices')).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(card('Business case call')).toHaveFocus();
    await userEvent.keyboard('{End}');
    expect(card('Signs')).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByRole('dialog', { name: 'Signs' })).toBeInTheDocument();
    expect(onTouchpointOpen).toHaveBeenCalledWith(expect.objectContaining({ id: 't5' }));
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(card('Signs')).toHaveFocus();
  });

  it('selects uncontrolled on click and reports it', async () => {
    const onSelectionChange = vi.fn();
    const onTouchpointSelect = vi.fn();
    render(<TouchpointTimeline journey={journey} onSelectionChange={onSelectionChange} onTouchpointSelect={onTouchpointSelect} />);
    await userEvent.click(card('Signs up'));
    expect(onSelectionChange).toHaveBeenCalledWith('t1');
    expect(onTouchpointSelect).toHaveBeenCalledWith(expect.objectContaining({ id: 't1' }));
    expect(card('Signs up')).toHaveAttribute('aria-current', 'true');
  });

  it('follows a controlled selection', async () => {
    const onSelectionChange = vi.fn();
    render(<TouchpointTimeline journey={journey} selection="t4" onSelectionChange={onSelectionChange} />);
    expect(card('Business case call')).toHaveAttribute('aria-current', 'true');
    await userEvent.click(card('Signs up'));
    expect(onSelectionChange).toHaveBeenCalledWith('t1');
    expect(card('Signs up')).not.toHaveAttribute('aria-current');
    expect(card('Business case call')).toHaveAttribute('aria-current', 'true');
  });

  it('lays out lanes by channel', () => {
    render(<TouchpointTimeline journey={journey} lanes="channel" />);
    const headers = screen.getAllByRole('rowheader').map((header) => header.textContent);
    expect(headers).toEqual(expect.arrayContaining(['Website', 'Phone call', 'Review portal']));
  });

  it('shows the empty state when filters match nothing, and empty lanes', () => {
    render(<TouchpointTimeline journey={journey} filters={{ personaIds: [] }} />);
    expect(screen.getByText('No touchpoints to show.')).toBeInTheDocument();
  });

  it('renders your own items through renderTouchpoint', async () => {
    const onTouchpointOpen = vi.fn();
    render(
      <TouchpointTimeline
        journey={journey}
        onTouchpointOpen={onTouchpointOpen}
        renderTouchpoint={(touchpoint, state) => (
          <button type="button" {...state.itemProps}>
            {touchpoint.title}!
          </button>
        )}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Signs up!' }));
    expect(onTouchpointOpen).toHaveBeenCalledWith(expect.objectContaining({ id: 't1' }));
  });

  it('speaks German, passes props through and shows JourneyError for a bad document', () => {
    const { container, rerender } = render(<TouchpointTimeline journey={journey} locale="de" className="mine" data-testid="tl" />);
    expect(screen.getByTestId('tl')).toHaveClass('jk-root', 'jk-timeline', 'mine');
    expect(tickLabels(container)).toContain('Tag 0');
    expect(screen.getByRole('button', { name: 'Vergrößern' })).toBeInTheDocument();
    rerender(<TouchpointTimeline journey={{ version: 1, id: 'x' }} />);
    expect(screen.getByRole('alert')).toBeInTheDocument();
  });
});
