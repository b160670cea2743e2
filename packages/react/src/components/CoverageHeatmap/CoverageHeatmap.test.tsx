import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { JourneyStateProvider } from '../../state/JourneyStateProvider';
import { dashboardJourney } from '../JourneyFilters/dashboard.fixture';
import { JourneyFilters } from '../JourneyFilters/JourneyFilters';
import { CoverageHeatmap } from './CoverageHeatmap';

const cell = (name: string | RegExp) => screen.getByRole('button', { name });

describe('CoverageHeatmap', () => {
  // The first render warms up React, jsdom and the role queries (seconds on a busy machine); not part of any test's time.
  beforeAll(() => {
    render(<CoverageHeatmap journey={dashboardJourney} />);
    screen.getAllByRole('button');
    cleanup();
  });

  it('is a real table: phases as column headers, personas as row headers, counts printed in the cells', () => {
    render(<CoverageHeatmap journey={dashboardJourney} />);
    const table = screen.getByRole('table', { name: 'Touchpoint coverage (By persona)' });
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['Persona', 'Awareness', 'Consideration', 'Decision', 'Total']);
    expect(within(table).getAllByRole('rowheader').map((header) => header.textContent)).toEqual(['Anna Becker Initiator', 'Jonas Richter Gatekeeper', 'Carla Weber Decider']);
    const anna = within(table).getAllByRole('row')[1]!;
    expect(within(anna).getAllByRole('button').map((button) => button.querySelector('.jk-coverage-heatmap__count')?.textContent)).toEqual(['2', '1', '1']);
    expect(within(anna).getAllByRole('button').map((button) => button.getAttribute('title'))).toEqual([
      'Anna Becker in Awareness: 2 touchpoints',
      'Anna Becker in Consideration: 1 touchpoint',
      'Anna Becker in Decision: 1 touchpoint',
    ]);
    expect(cell('Jonas Richter in Consideration: 1 touchpoint')).toHaveAttribute('aria-pressed', 'false');
  });

  it('calls out gaps in the cell and as sentences, and explains cells before a persona joins', () => {
    render(<CoverageHeatmap journey={dashboardJourney} />);
    const gap = cell('Jonas Richter in Decision: 0 touchpoints, Gap');
    expect(within(gap).getByText('Gap')).toHaveClass('jk-coverage-heatmap__flag');
    expect(gap.closest('td')).toHaveAttribute('data-gap', 'true');
    const beforeJoin = cell('Carla Weber in Awareness: 0 touchpoints, Before Carla Weber joins');
    expect(beforeJoin.closest('td')).toHaveAttribute('data-before-join', 'true');
    const gaps = screen.getByRole('region', { name: /Gaps/ });
    expect(within(gaps).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['No touchpoint for Jonas Richter in Decision']);
    expect(screen.getByRole('list', { name: 'Legend' })).toHaveTextContent('Before the persona joins (not a gap)');
  });

  it('sets the filters to the clicked cell and clears them on a second click (uncontrolled)', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const onFiltersChange = vi.fn();
    const onCellSelect = vi.fn();
    render(<CoverageHeatmap journey={dashboardJourney} onFiltersChange={onFiltersChange} onCellSelect={onCellSelect} />);
    const target = cell(/^Jonas Richter in Consideration/);
    await user.click(target);
    expect(onFiltersChange).toHaveBeenLastCalledWith({ personaIds: ['jonas'], phaseIds: ['consideration'] });
    expect(onCellSelect).toHaveBeenLastCalledWith({ dimension: 'persona', personaId: 'jonas', channel: undefined, phaseId: 'consideration', count: 1, selected: true });
    expect(target).toHaveAttribute('aria-pressed', 'true');
    expect(target.closest('td')).toHaveAttribute('data-state', 'selected');
    await user.click(target);
    expect(onFiltersChange).toHaveBeenLastCalledWith({});
    expect(onCellSelect).toHaveBeenLastCalledWith(expect.objectContaining({ selected: false }));
    expect(target).toHaveAttribute('aria-pressed', 'false');
  });

  it('is controlled by `filters`: the pressed cell follows the prop', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const onFiltersChange = vi.fn();
    render(<CoverageHeatmap journey={dashboardJourney} filters={{ personaIds: ['anna'], phaseIds: ['awareness'] }} onFiltersChange={onFiltersChange} />);
    expect(cell(/^Anna Becker in Awareness/)).toHaveAttribute('aria-pressed', 'true');
    await user.click(cell(/^Carla Weber in Decision/));
    expect(onFiltersChange).toHaveBeenCalledWith({ personaIds: ['carla'], phaseIds: ['decision'] });
    expect(cell(/^Anna Becker in Awareness/)).toHaveAttribute('aria-pressed', 'true');
    expect(cell(/^Carla Weber in Decision/)).toHaveAttribute('aria-pressed', 'false');
  });

  it('filters everything inside the same JourneyStateProvider', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const onProvider = vi.fn();
    render(
      <JourneyStateProvider onFiltersChange={onProvider}>
        <CoverageHeatmap journey={dashboardJourney} />
        <JourneyFilters journey={dashboardJourney} fields={['persona', 'phase']} />
      </JourneyStateProvider>,
    );
    await user.click(cell(/^Anna Becker in Consideration/));
    expect(onProvider).toHaveBeenCalledWith({ personaIds: ['anna'], phaseIds: ['consideration'] });
    expect(screen.getByRole('status')).toHaveTextContent('1 of 5 touchpoints shown');
    await user.click(screen.getByRole('button', { name: 'Reset filters' }));
    expect(cell(/^Anna Becker in Consideration/)).toHaveAttribute('aria-pressed', 'false');
  });

  it('switches to channel rows with channel gap sentences', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const onDimensionChange = vi.fn();
    const onFiltersChange = vi.fn();
    render(<CoverageHeatmap journey={dashboardJourney} onDimensionChange={onDimensionChange} onFiltersChange={onFiltersChange} gapLimit={3} />);
    await user.click(screen.getByRole('button', { name: 'By channel' }));
    expect(onDimensionChange).toHaveBeenCalledWith('channel');
    expect(screen.getByRole('button', { name: 'By channel' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getAllByRole('rowheader').map((header) => header.textContent)).toEqual(['Search ads', 'Review portal', 'E-mail / newsletter', 'On-site meeting / demo', 'Phone call']);
    const gaps = screen.getByRole('region', { name: /Gaps/ });
    expect(within(gaps).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'No touchpoint via Search ads in Consideration',
      'No touchpoint via Search ads in Decision',
      'No touchpoint via Review portal in Consideration',
    ]);
    await user.click(within(gaps).getByRole('button', { name: 'Show all (10)' }));
    expect(within(gaps).getAllByRole('listitem')).toHaveLength(10);
    await user.click(cell(/^Phone call in Decision/));
    expect(onFiltersChange).toHaveBeenCalledWith({ channels: ['phone'], phaseIds: ['decision'] });
  });

  it('moves between cells with the arrow keys (one cell in the tab order)', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    render(<CoverageHeatmap journey={dashboardJourney} />);
    const first = cell(/^Anna Becker in Awareness/);
    expect(first).toHaveAttribute('tabindex', '0');
    expect(cell(/^Anna Becker in Consideration/)).toHaveAttribute('tabindex', '-1');
    first.focus();
    await user.keyboard('{ArrowRight}{ArrowDown}');
    expect(cell(/^Jonas Richter in Consideration/)).toHaveFocus();
    await user.keyboard('{End}');
    expect(cell(/^Jonas Richter in Decision/)).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(cell(/^Jonas Richter in Decision/)).toHaveAttribute('aria-pressed', 'true');
  });

  it('speaks German, gap sentences included', () => {
    render(<CoverageHeatmap journey={dashboardJourney} locale="de" />);
    expect(screen.getByRole('heading', { name: 'Touchpoint-Abdeckung' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Nach Kanal' })).toBeInTheDocument();
    expect(screen.getByText('Kein Touchpoint für Jonas Richter in Decision')).toBeInTheDocument();
    expect(cell('Carla Weber in Awareness: 0 Touchpoints, Bevor Carla Weber einsteigt')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Gesamt' })).toBeInTheDocument();
  });
});
