import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { JourneyStateProvider } from '../../state/JourneyStateProvider';
import { dashboardJourney } from '../JourneyFilters/dashboard.fixture';
import { PriorityList } from './PriorityList';

/** The titles of the list items, in order. */
const order = () => within(screen.getByRole('list', { name: /Where to act first|Wo zuerst handeln/ })).getAllByRole('button').map((button) => button.textContent);
const item = (title: string) => screen.getByRole('button', { name: title }).closest('li')!;
const setup = () => userEvent.setup({ pointerEventsCheck: 0 });

describe('PriorityList', () => {
  // The first render warms up React, jsdom and the role queries (seconds on a busy machine); not part of any test's time.
  beforeAll(() => {
    render(<PriorityList journey={dashboardJourney} />);
    screen.getAllByRole('button');
    cleanup();
  });

  it('lists the touchpoints by priority, with rank and score', () => {
    render(<PriorityList journey={dashboardJourney} />);
    expect(screen.getByRole('heading', { name: 'Where to act first' })).toBeInTheDocument();
    expect(order()).toEqual(['Security questionnaire', 'Contract signing', 'Review portal visit', 'Search ad', 'On-site demo']);
    const top = item('Security questionnaire');
    expect(top).toHaveTextContent('Rank 1');
    expect(within(top).getByText('95')).toBeInTheDocument();
    expect(item('Contract signing')).toHaveTextContent('Rank 2');
  });

  it('shows the reasons with values and points, confidence and missing factors', () => {
    render(<PriorityList journey={dashboardJourney} />);
    const top = item('Security questionnaire');
    const factor = (name: string) => within(top).getByText(name).closest('div')!;
    expect(factor('Importance')).toHaveTextContent('5 of 5+30');
    expect(factor('Risk')).toHaveTextContent('5 of 5+30');
    expect(factor('Performance')).toHaveTextContent('1 of 5+20');
    expect(factor('Emotion gap')).toHaveTextContent('+3+15');
    expect(top).not.toHaveTextContent('Confidence');
    const signing = item('Contract signing');
    expect(within(signing).getByText('Importance').closest('div')).toHaveAttribute('data-missing', 'true');
    expect(signing).toHaveTextContent('Confidence 50%');
    expect(signing).toHaveTextContent('Missing: Importance, Performance');
  });

  it('shows pain points, opportunities, phase and persona chips of each item', () => {
    render(<PriorityList journey={dashboardJourney} />);
    const top = item('Security questionnaire');
    expect(within(within(top).getByRole('list', { name: 'Pain points' })).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['40 questions', 'No answers for a week', '+2 more']);
    expect(within(top).getByRole('list', { name: 'Opportunities' })).toHaveTextContent('Pre-filled questionnaire');
    expect(top).toHaveTextContent('Consideration');
    expect(top).toHaveTextContent('Jonas Richter');
    expect(top).toHaveTextContent('Key moment');
    expect(item('Contract signing')).toHaveTextContent('Carla Weber');
  });

  it('sorts by journey order, emotion gap and risk', async () => {
    const user = setup();
    const onSortChange = vi.fn();
    render(<PriorityList journey={dashboardJourney} onSortChange={onSortChange} />);
    const select = screen.getByRole('combobox', { name: 'Sort by' });
    await user.selectOptions(select, 'Journey order');
    expect(onSortChange).toHaveBeenCalledWith('reading');
    expect(order()).toEqual(['Search ad', 'Review portal visit', 'Security questionnaire', 'On-site demo', 'Contract signing']);
    await user.selectOptions(select, 'Emotion gap');
    expect(order()).toEqual(['Security questionnaire', 'Contract signing', 'Review portal visit', 'On-site demo', 'Search ad']);
    await user.selectOptions(select, 'Risk');
    expect(order()).toEqual(['Security questionnaire', 'Search ad', 'Contract signing', 'Review portal visit', 'On-site demo']);
    // ranks stay those of the priority ranking
    expect(item('Search ad')).toHaveTextContent('Rank 4');
  });

  it('selects a touchpoint by click or Enter and marks it current', async () => {
    const user = setup();
    const onTouchpointSelect = vi.fn();
    const onSelectionChange = vi.fn();
    render(<PriorityList journey={dashboardJourney} onTouchpointSelect={onTouchpointSelect} onSelectionChange={onSelectionChange} />);
    await user.click(screen.getByRole('button', { name: 'Contract signing' }));
    expect(onTouchpointSelect).toHaveBeenLastCalledWith('t5');
    expect(onSelectionChange).toHaveBeenLastCalledWith('t5');
    expect(screen.getByRole('button', { name: 'Contract signing' })).toHaveAttribute('aria-current', 'true');
    expect(item('Contract signing')).toHaveAttribute('data-state', 'selected');
    screen.getByRole('button', { name: 'Search ad' }).focus();
    await user.keyboard('{Enter}');
    expect(onTouchpointSelect).toHaveBeenLastCalledWith('t1');
    expect(screen.getByRole('button', { name: 'Contract signing' })).not.toHaveAttribute('aria-current');
    expect(screen.getByRole('button', { name: 'Search ad' })).toHaveAttribute('aria-current', 'true');
  });

  it('follows a controlled selection and the provider', async () => {
    const user = setup();
    const { unmount } = render(<PriorityList journey={dashboardJourney} selection="t2" />);
    expect(screen.getByRole('button', { name: 'Review portal visit' })).toHaveAttribute('aria-current', 'true');
    unmount();
    const onProvider = vi.fn();
    render(
      <JourneyStateProvider onSelectionChange={onProvider} defaultFilters={{ phaseIds: ['awareness'] }}>
        <PriorityList journey={dashboardJourney} />
      </JourneyStateProvider>,
    );
    // the provider's filters narrow the list
    expect(order()).toEqual(['Review portal visit', 'Search ad']);
    expect(screen.getByText('2 of 5 touchpoints shown')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Search ad' }));
    expect(onProvider).toHaveBeenCalledWith('t1');
  });

  it('shows `limit` items and a "show all" toggle', async () => {
    const user = setup();
    render(<PriorityList journey={dashboardJourney} limit={2} />);
    expect(order()).toEqual(['Security questionnaire', 'Contract signing']);
    const more = screen.getByRole('button', { name: 'Show all (5)' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await user.click(more);
    expect(order()).toHaveLength(5);
    expect(screen.getByRole('button', { name: 'Show fewer' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('speaks German', () => {
    render(<PriorityList journey={dashboardJourney} locale="de" />);
    expect(screen.getByRole('heading', { name: 'Wo zuerst handeln' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Sortieren nach' })).toHaveDisplayValue('Priorität');
    const signing = item('Contract signing');
    expect(signing).toHaveTextContent('Rang 2');
    expect(signing).toHaveTextContent('Fehlt: Wichtigkeit, Leistung');
    expect(within(item('Review portal visit')).getByRole('list', { name: 'Pain Points' })).toHaveTextContent('Negative Emotion (−1)');
  });
});
