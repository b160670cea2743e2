import { parseJourney, type JourneyDocument } from '@journeykit/core';
import { generateJourney } from '@journeykit/core/samples';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { JourneyStateProvider } from '../../state/JourneyStateProvider';
import { PhaseSwimlanes } from './PhaseSwimlanes';

// jsdom with user-event is slow on busy CI machines.
vi.setConfig({ testTimeout: 20_000 });

const doc: JourneyDocument = {
  version: 1,
  id: 'j',
  title: 'Payment provider',
  type: 'current-state',
  phases: [
    { id: 'aware', name: 'Awareness', goals: ['Understand options'] },
    { id: 'consider', name: 'Consideration' },
    { id: 'empty', name: 'Retention' },
  ],
  personas: [
    { id: 'cfo', name: 'Claudia Wenger', role: 'decider', jobTitle: 'CFO' },
    { id: 'dev', name: 'Deniz Arslan', role: 'user', jobTitle: 'Developer' },
    { id: 'idle', name: 'Ida Lenz', role: 'gatekeeper' },
  ],
  touchpoints: [
    { id: 'ad', phaseId: 'aware', personaIds: ['cfo'], title: 'Sees a search ad', channel: 'search-ads', mode: 'online', influence: 'direct', order: 1 },
    { id: 'blog', phaseId: 'aware', personaIds: ['dev'], title: 'Reads a blog post', channel: 'forum', mode: 'online', influence: 'indirect', order: 2 },
    { id: 'review', phaseId: 'consider', personaIds: ['cfo', 'dev'], title: 'Reads reviews', channel: 'review-portal', mode: 'online', influence: 'indirect', emotion: -1, keyMoment: true, order: 1,
      links: [{ label: 'Portal', url: 'https://reviews.example' }, { label: 'Bad', url: 'javascript:alert(1)' }], painPoints: ['Few B2B reviews'] },
    { id: 'call', phaseId: 'consider', personaIds: ['cfo'], title: 'Calls sales', channel: 'phone', mode: 'offline', influence: 'direct', order: 2, owner: { role: 'Account executive', department: 'Sales' } },
  ],
};
const journey = parseJourney(doc);
const card = (name: RegExp | string) => screen.getByRole('button', { name: typeof name === 'string' ? new RegExp(`^${name}`) : name });

describe('PhaseSwimlanes', () => {
  it('is a grid of phases × persona lanes with headers, counts and cells', () => {
    render(<PhaseSwimlanes journey={journey} />);
    const grid = screen.getByRole('grid', { name: 'Payment provider – Journey map' });
    expect(grid).toHaveAttribute('aria-rowcount', '4');
    expect(grid).toHaveAttribute('aria-colcount', '4');
    expect(within(grid).getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      'Personas',
      'Awareness2 touchpointsGoals: Understand options',
      'Consideration2 touchpoints',
      'RetentionNo touchpoints in this phase',
    ]);
    const rows = within(grid).getAllByRole('row');
    expect(rows).toHaveLength(4);
    expect(within(rows[1]!).getByRole('rowheader')).toHaveTextContent('Claudia Wenger');
    expect(within(rows[1]!).getAllByRole('gridcell')).toHaveLength(3);
    expect(within(rows[1]!).getAllByRole('button').map((button) => button.getAttribute('aria-label')?.split('.')[0])).toEqual(['Sees a search ad', 'Reads reviews', 'Calls sales']);
    expect(within(rows[3]!).getAllByRole('gridcell')[0]).toHaveTextContent('No touchpoints for Ida Lenz');
    expect(within(rows[3]!).getAllByRole('gridcell', { name: 'No touchpoint' })).toHaveLength(2);
  });

  it('moves focus between cards with the arrow keys (one tab stop)', async () => {
    const user = userEvent.setup({ delay: null });
    render(<PhaseSwimlanes journey={journey} />);
    const buttons = within(screen.getByRole('grid')).getAllByRole('button');
    expect(buttons.filter((button) => button.tabIndex === 0)).toHaveLength(1);
    await user.tab();
    expect(card('Sees a search ad')).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(within(screen.getAllByRole('row')[1]!).getByRole('button', { name: /^Reads reviews/ })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(within(screen.getAllByRole('row')[2]!).getByRole('button', { name: /^Reads reviews/ })).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(card('Reads a blog post')).toHaveFocus();
    await user.keyboard('{ArrowUp}{End}');
    expect(card('Calls sales')).toHaveFocus();
  });

  it('opens the popover with Enter, shows the details, and Escape returns focus to the card', async () => {
    const user = userEvent.setup({ delay: null });
    const onOpen = vi.fn();
    render(<PhaseSwimlanes journey={journey} onTouchpointOpen={onOpen} />);
    await user.tab();
    await user.keyboard('{ArrowRight}{Enter}');
    const dialog = screen.getByRole('dialog', { name: 'Reads reviews' });
    expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ id: 'review' }));
    expect(within(dialog).getByText('Few B2B reviews')).toBeInTheDocument();
    expect(within(dialog).getByText('Claudia Wenger, Deniz Arslan')).toBeInTheDocument();
    expect(within(dialog).getAllByRole('link')).toHaveLength(1);
    expect(within(dialog).getByText('Bad').closest('a')).toBeNull();
    const opened = within(screen.getAllByRole('row')[1]!).getByRole('button', { name: /^Reads reviews/ });
    expect(opened).toHaveAttribute('aria-expanded', 'true');
    expect(opened).toHaveAttribute('data-state', 'selected');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opened).toHaveFocus();
    expect(screen.getByRole('grid').closest('.jk-swimlanes')).toHaveAttribute('data-state', 'selected');
  });

  it('selects uncontrolled on click and reports it', async () => {
    const user = userEvent.setup({ delay: null });
    const onSelectionChange = vi.fn();
    const onTouchpointSelect = vi.fn();
    render(<PhaseSwimlanes journey={journey} onSelectionChange={onSelectionChange} onTouchpointSelect={onTouchpointSelect} />);
    await user.click(card('Calls sales'));
    expect(onSelectionChange).toHaveBeenCalledWith('call');
    expect(onTouchpointSelect).toHaveBeenCalledWith(expect.objectContaining({ id: 'call' }));
    expect(card('Calls sales')).toHaveAttribute('data-state', 'selected');
    expect(screen.getByRole('dialog', { name: 'Calls sales' })).toBeInTheDocument();
  });

  it('follows a controlled selection', async () => {
    function Host() {
      const [selection, setSelection] = useState<string | null>('ad');
      return (
        <>
          <button type="button" onClick={() => setSelection('blog')}>
            external
          </button>
          <PhaseSwimlanes journey={journey} selection={selection} onSelectionChange={setSelection} />
        </>
      );
    }
    render(<Host />);
    expect(card('Sees a search ad')).toHaveAttribute('aria-current', 'true');
    act(() => screen.getByRole('button', { name: 'external' }).click());
    expect(card('Reads a blog post')).toHaveAttribute('data-state', 'selected');
    expect(card('Sees a search ad')).toHaveAttribute('data-state', 'idle');
    fireEvent.click(card('Calls sales'));
    expect(card('Calls sales')).toHaveAttribute('data-state', 'selected');
  });

  it('lays out lanes by channel and by blueprint layer', () => {
    const { rerender, container } = render(<PhaseSwimlanes journey={journey} lanes="channel" />);
    expect(container.firstElementChild).toHaveAttribute('data-lanes', 'channel');
    expect(screen.getAllByRole('rowheader').map((header) => header.textContent)).toEqual(['Search ads', 'Blog / forum', 'Review portal', 'Phone call']);
    rerender(<PhaseSwimlanes journey={journey} lanes="blueprint" />);
    const headers = screen.getAllByRole('rowheader');
    expect(headers[0]).toHaveTextContent('Customer actionsWhat the buyer does');
    const frontstage = screen.getAllByRole('row')[2]!;
    expect(within(frontstage).getByRole('button', { name: /^Account executive\. Calls sales/ })).toHaveTextContent('Calls sales');
  });

  it('names blueprint lanes and persona lane headers with the labels it is given', () => {
    const { rerender } = render(<PhaseSwimlanes journey={journey} lanes="blueprint" labels={{ layerCustomer: 'Buyer steps', emptyLane: 'Nothing in {name}' }} />);
    expect(screen.getAllByRole('rowheader')[0]).toHaveTextContent('Buyer stepsWhat the buyer does');
    expect(screen.getByText('Nothing in Technology')).toBeInTheDocument();
    rerender(<PhaseSwimlanes journey={journey} lanes="blueprint" locale="de" />);
    expect(screen.getAllByRole('rowheader').map((header) => header.querySelector('.jk-swimlanes__lane-name')!.textContent)).toEqual([
      'Kundenaktionen',
      'Frontstage',
      'Backstage',
      'Unterstützungsprozesse',
      'Technologie',
    ]);
    rerender(<PhaseSwimlanes journey={journey} labels={{ personaRole: 'Role in the buying group' }} />);
    const lane = screen.getAllByRole('rowheader')[0]!;
    expect(within(lane).getByText('Decider')).toHaveAttribute('title', 'Role in the buying group');
  });

  it('applies filters from a provider', () => {
    render(
      <JourneyStateProvider defaultFilters={{ personaIds: ['dev'] }}>
        <PhaseSwimlanes journey={journey} />
      </JourneyStateProvider>,
    );
    expect(screen.getAllByRole('rowheader')).toHaveLength(1);
    expect(screen.queryByRole('button', { name: /^Calls sales/ })).not.toBeInTheDocument();
  });

  it('lists unplaced touchpoints of lenient data in a marked region', async () => {
    const user = userEvent.setup({ delay: null });
    const lenient = { ...doc, touchpoints: [...doc.touchpoints, { id: 'lost', phaseId: 'nowhere', personaIds: ['cfo'], title: 'Orphan webinar', channel: 'webinar', mode: 'online', influence: 'direct' }] };
    render(<PhaseSwimlanes journey={lenient} lenient />);
    const region = screen.getByRole('region', { name: 'Unplaced touchpoints (1)' });
    expect(within(region).getByText('Their phase or persona is not part of this journey.')).toBeInTheDocument();
    await user.click(within(region).getByRole('button', { name: /^Orphan webinar/ }));
    expect(screen.getByRole('dialog', { name: 'Orphan webinar' })).toBeInTheDocument();
  });

  it('renders an inline error for an invalid document', () => {
    render(<PhaseSwimlanes journey={{ version: 1, id: 'x' }} />);
    expect(screen.getByRole('alert')).toHaveTextContent('This journey cannot be shown');
  });

  it('uses the renderTouchpoint slot with working item props', async () => {
    const user = userEvent.setup({ delay: null });
    render(
      <PhaseSwimlanes
        journey={journey}
        renderTouchpoint={(touchpoint, state) => (
          <button type="button" className="mine" {...state.itemProps} data-selected={state.selected}>
            {touchpoint.title} in {state.lane.label}
          </button>
        )}
      />,
    );
    expect(screen.getByRole('button', { name: 'Sees a search ad in Claudia Wenger' })).toHaveStyle({ width: '176px', height: '74px' });
    await user.tab();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('button', { name: 'Reads reviews in Claudia Wenger' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('dialog', { name: 'Reads reviews' })).toBeInTheDocument();
  });

  it('speaks German', () => {
    render(<PhaseSwimlanes journey={journey} locale="de" />);
    expect(screen.getByRole('columnheader', { name: /^RetentionKeine Touchpoints in dieser Phase/ })).toBeInTheDocument();
    expect(screen.getAllByRole('gridcell', { name: 'Kein Touchpoint' }).length).toBeGreaterThan(0);
  });

  it('gives two swimlanes on one page distinct ids', () => {
    const lenient = { ...doc, touchpoints: [...doc.touchpoints, { id: 'lost', phaseId: 'nowhere', personaIds: ['cfo'], title: 'Orphan', channel: 'webinar', mode: 'online', influence: 'direct' }] };
    const { container } = render(
      <>
        <PhaseSwimlanes journey={lenient} lenient />
        <PhaseSwimlanes journey={lenient} lenient />
      </>,
    );
    const ids = [...container.querySelectorAll('[id]')].map((element) => element.id);
    expect(ids.length).toBeGreaterThan(6);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('stays lean on a generated 12-phase × 10-persona × 200-touchpoint journey', () => {
    const big = parseJourney(generateJourney({ seed: 7, touchpoints: 200, personas: 10, phases: 12 }));
    const { container } = render(<PhaseSwimlanes journey={big} />);
    const count = container.querySelectorAll('*').length;
    console.info(`DOM elements, 12 phases × 10 personas × 200 touchpoints: ${count} (${container.querySelectorAll('.jk-touchpoint-card').length} cards)`);
    expect(container.querySelectorAll('[role="row"]')).toHaveLength(11);
    expect(count).toBeLessThanOrEqual(1_100); // 1,021 in session 7: three elements per card
  }, 30_000);
  it('forwards its ref to the root: the inline error, then the grid once the journey is valid', () => {
    const ref = createRef<HTMLDivElement>();
    const { rerender } = render(<PhaseSwimlanes ref={ref} journey={{ version: 1, id: 'broken', phases: 'none' }} />);
    expect(ref.current).toBe(screen.getByRole('alert'));
    rerender(<PhaseSwimlanes ref={ref} journey={journey} />);
    expect(ref.current).toBe(screen.getByRole('grid').closest('.jk-swimlanes'));
  });
});
