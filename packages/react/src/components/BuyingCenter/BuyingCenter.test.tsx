import { parseJourney } from '@journeykit/core';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { JourneyStateProvider } from '../../state/JourneyStateProvider';
import { BuyingCenter } from './BuyingCenter';

const document = {
  version: 1,
  id: 'bc',
  title: 'Software purchase',
  type: 'current-state',
  phases: [
    { id: 'a', name: 'Awareness' },
    { id: 'b', name: 'Consideration' },
    { id: 'c', name: 'Decision' },
  ],
  personas: [
    { id: 'claudia', name: 'Claudia Wenger', role: 'decider', jobTitle: 'CFO', joinsAt: 'a' },
    { id: 'jonas', name: 'Jonas Richter', role: 'gatekeeper', joinsAt: 'c' },
    { id: 'miriam', name: 'Miriam Okafor', role: 'buyer' },
  ],
  touchpoints: [
    { id: 't1', phaseId: 'a', personaIds: ['claudia'], title: 'Ad', channel: 'search-ads', mode: 'online', influence: 'direct', emotion: 1 },
    { id: 't2', phaseId: 'a', personaIds: ['claudia', 'jonas'], title: 'Webinar', channel: 'webinar', mode: 'online', influence: 'direct', emotion: -1 },
    { id: 't3', phaseId: 'b', personaIds: ['claudia'], title: 'Pricing', channel: 'website', mode: 'online', influence: 'direct', emotion: -2 },
    { id: 't4', phaseId: 'b', personaIds: ['jonas'], title: 'Security docs', channel: 'website', mode: 'online', influence: 'direct', emotion: 1 },
    { id: 't5', phaseId: 'c', personaIds: ['miriam'], title: 'Quote', channel: 'e-mail', mode: 'online', influence: 'direct' },
    { id: 't6', phaseId: 'c', personaIds: ['claudia', 'miriam'], title: 'Contract', channel: 'on-site-meeting', mode: 'online', influence: 'direct', emotion: 2 },
  ],
};
const journey = parseJourney(document);

/** The data cells of a persona's row, in phase order. */
function cellsOf(name: RegExp) {
  const row = screen.getByRole('rowheader', { name }).closest('tr')!;
  return within(row).getAllByRole('cell');
}
const spoken = (cell: HTMLElement) => cell.querySelector('.jk-visually-hidden')!.textContent;

describe('BuyingCenter', () => {
  it('is a table with persona row headers and phase column headers', () => {
    render(<BuyingCenter journey={journey} />);
    const table = screen.getByRole('table');
    expect(table).toHaveAccessibleName('Buying center');
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent?.split('Consensus risk')[0])).toEqual(['Persona', 'Awareness', 'Consideration', 'Decision']);
    const rowHeaders = within(table).getAllByRole('rowheader');
    ['Claudia Wenger CFO Decider', 'Jonas Richter Gatekeeper', 'Miriam Okafor Buyer', 'Roles'].forEach((name, index) => expect(rowHeaders[index]).toHaveAccessibleName(name));
  });

  it('shows the touchpoint count and mean emotion of each persona per phase, visibly and as text', () => {
    render(<BuyingCenter journey={journey} />);
    const claudia = cellsOf(/Claudia/);
    expect(claudia.map(spoken)).toEqual([
      '2 touchpoints. mean emotion 0 (neutral). Joins here',
      '1 touchpoint. mean emotion −2 (negative)',
      '1 touchpoint. mean emotion +2 (positive)',
    ]);
    expect(claudia[1]).toHaveAttribute('data-tone', 'negative');
    expect(within(claudia[1]!).getByText('−2')).toBeInTheDocument();
    const jonas = cellsOf(/Jonas/);
    expect(spoken(jonas[2]!)).toMatch(/^No touchpoint/);
    expect(cellsOf(/Miriam/)[2]!.textContent).toContain('2 touchpoints. mean emotion +2 (positive)');
  });

  it('marks where each persona joins, both declared and first active when they differ', () => {
    render(<BuyingCenter journey={journey} />);
    const claudia = cellsOf(/Claudia/);
    expect(claudia[0]).toHaveAttribute('data-marker', 'joins');
    const jonas = cellsOf(/Jonas/);
    expect(jonas[0]).toHaveAttribute('data-marker', 'first');
    expect(spoken(jonas[0]!)).toContain('First active. Declared to join in Decision, first touchpoint in Awareness');
    expect(jonas[2]).toHaveAttribute('data-marker', 'declared');
    expect(spoken(jonas[2]!)).toContain('Declared join');
    const miriam = cellsOf(/Miriam/);
    expect(miriam[2]).toHaveAttribute('data-marker', 'joins');
    expect(miriam.filter((cell) => cell.hasAttribute('data-marker'))).toHaveLength(1);
  });

  it('highlights consensus-risk phases in the column header with an explanation', () => {
    render(<BuyingCenter journey={journey} />);
    const header = screen.getByRole('columnheader', { name: /Consideration/ });
    expect(header).toHaveAttribute('data-risk', 'true');
    expect(within(header).getByText('Consensus risk')).toBeInTheDocument();
    expect(within(header).getByText('Emotion falls for Claudia while it rises for Jonas')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Consideration' })).toHaveAccessibleDescription('Consensus risk: Emotion falls for Claudia while it rises for Jonas');
    expect(screen.getByRole('columnheader', { name: 'Decision' })).not.toHaveAttribute('data-risk');
  });

  it('explains the risk in German', () => {
    render(<BuyingCenter journey={journey} locale="de" />);
    expect(screen.getByText('Die Emotion sinkt bei Claudia, während sie bei Jonas steigt')).toBeInTheDocument();
    expect(within(screen.getByRole('columnheader', { name: /Consideration/ })).getByText('Konsensrisiko')).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: 'Rollen' })).toBeInTheDocument();
  });

  it('summarises the roles active per phase', () => {
    render(<BuyingCenter journey={journey} />);
    const row = screen.getByRole('rowheader', { name: 'Roles' }).closest('tr')!;
    const cells = within(row).getAllByRole('cell');
    expect(within(cells[0]!).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Decider2: 2 touchpoints', 'Gatekeeper1: 1 touchpoint']);
    expect(within(cells[2]!).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Decider1: 1 touchpoint', 'Buyer2: 2 touchpoints']);
  });

  it('filters to a phase from its header (uncontrolled), toggling it off again', async () => {
    const onFiltersChange = vi.fn();
    const onPhaseSelect = vi.fn();
    render(<BuyingCenter journey={journey} onFiltersChange={onFiltersChange} onPhaseSelect={onPhaseSelect} />);
    const button = screen.getByRole('button', { name: 'Consideration' });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(button);
    expect(onFiltersChange).toHaveBeenLastCalledWith({ phaseIds: ['b'] });
    expect(onPhaseSelect).toHaveBeenCalledWith('b');
    expect(button).toHaveAttribute('aria-pressed', 'true');
    expect(cellsOf(/Claudia/)[0]).toHaveAttribute('data-dimmed', 'true');
    button.focus();
    await userEvent.keyboard('{Enter}');
    expect(onFiltersChange).toHaveBeenLastCalledWith({});
    expect(button).toHaveAttribute('aria-pressed', 'false');
  });

  it('only asks for a change when the filters are controlled, keeping other filters', () => {
    const onFiltersChange = vi.fn();
    const onPersonaSelect = vi.fn();
    render(<BuyingCenter journey={journey} filters={{ channels: ['website'] }} onFiltersChange={onFiltersChange} onPersonaSelect={onPersonaSelect} />);
    fireEvent.click(screen.getByRole('button', { name: 'Decision' }));
    expect(onFiltersChange).toHaveBeenLastCalledWith({ channels: ['website'], phaseIds: ['c'] });
    expect(screen.getByRole('button', { name: 'Decision' })).toHaveAttribute('aria-pressed', 'false');
    fireEvent.click(screen.getByRole('button', { name: /Jonas Richter/ }));
    expect(onFiltersChange).toHaveBeenLastCalledWith({ channels: ['website'], personaIds: ['jonas'] });
    expect(onPersonaSelect).toHaveBeenCalledWith('jonas');
  });

  it('shares the filters through a JourneyStateProvider', () => {
    const onProviderChange = vi.fn();
    render(
      <JourneyStateProvider onFiltersChange={onProviderChange}>
        <BuyingCenter journey={journey} data-testid="one" />
        <BuyingCenter journey={journey} data-testid="two" />
      </JourneyStateProvider>,
    );
    fireEvent.click(within(screen.getByTestId('one')).getByRole('button', { name: /Miriam Okafor/ }));
    expect(onProviderChange).toHaveBeenCalledWith({ personaIds: ['miriam'] });
    expect(within(screen.getByTestId('two')).getByRole('button', { name: /Miriam Okafor/ })).toHaveAttribute('aria-pressed', 'true');
    expect(within(screen.getByTestId('two')).getByRole('rowheader', { name: /Claudia/ }).closest('tr')).toHaveAttribute('data-dimmed', 'true');
  });

  it('accepts a raw document and shows an alert for an invalid one', () => {
    const { rerender } = render(<BuyingCenter journey={document} />);
    expect(screen.getByRole('table')).toBeInTheDocument();
    rerender(<BuyingCenter journey={{ ...document, personas: 'none' }} />);
    expect(screen.getByRole('alert')).toHaveTextContent('This journey cannot be shown');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('forwards its ref, passes props through and uses distinct ids per instance', () => {
    const ref = createRef<HTMLElement>();
    render(
      <>
        <BuyingCenter ref={ref} journey={journey} className="mine" data-testid="bc" title="Who buys" />
        <BuyingCenter journey={journey} />
      </>,
    );
    expect(ref.current).toBe(screen.getByTestId('bc'));
    expect(screen.getByTestId('bc')).toHaveClass('jk-root', 'jk-buying-center', 'mine');
    expect(screen.getByRole('region', { name: 'Who buys' })).toBe(ref.current);
    const [first, second] = screen.getAllByRole('table');
    expect(first!.getAttribute('aria-describedby')).not.toBe(second!.getAttribute('aria-describedby'));
  });
});
