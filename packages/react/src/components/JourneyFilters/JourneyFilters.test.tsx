import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { JourneyStateProvider } from '../../state/JourneyStateProvider';
import { dashboardJourney } from './dashboard.fixture';
import { toggleValue } from './filterState';
import { JourneyFilters } from './JourneyFilters';

const count = () => screen.getByRole('status');
const group = (name: string) => screen.getByRole('group', { name });

describe('JourneyFilters', () => {
  // The first render warms up React, jsdom and the role queries (seconds on a busy machine); not part of any test's time.
  beforeAll(() => {
    render(<JourneyFilters journey={dashboardJourney} />);
    screen.getAllByRole('button');
    cleanup();
  });

  it('shows every field as a named group of checkboxes, all checked, with a live count', () => {
    render(<JourneyFilters journey={dashboardJourney} />);
    expect(screen.getByRole('heading', { name: 'Filters' }).closest('section')).toHaveAccessibleName('Filters');
    const groups = screen.getAllByRole('group');
    expect(groups.map((element) => element.querySelector('legend')?.textContent)).toEqual(['Personas', 'Channels', 'Phases', 'Mode', 'Influence']);
    expect(groups[0]).toHaveAccessibleName('Personas');
    const personas = within(groups[0]!).getAllByRole('checkbox');
    expect(personas).toHaveLength(3);
    personas.forEach((box) => expect(box).toBeChecked());
    expect(within(group('Personas')).getByRole('checkbox', { name: /Anna Becker.*Initiator.*4 touchpoints/ })).toBeInTheDocument();
    expect(count()).toHaveTextContent('5 of 5 touchpoints shown');
    expect(count()).toHaveAttribute('aria-live', 'polite');
    expect(screen.getByRole('button', { name: 'Reset filters' })).toBeDisabled();
  });

  it('toggles an option: the rest stays listed, the count follows, reset brings everything back', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const onFiltersChange = vi.fn();
    render(<JourneyFilters journey={dashboardJourney} onFiltersChange={onFiltersChange} />);
    await user.click(within(group('Personas')).getByRole('checkbox', { name: /Anna Becker/ }));
    expect(onFiltersChange).toHaveBeenLastCalledWith({ personaIds: ['jonas', 'carla'] });
    expect(within(group('Personas')).getByRole('checkbox', { name: /Anna Becker/ })).not.toBeChecked();
    // Jonas' questionnaire and the contract signing (Carla with Anna) involve a listed persona
    expect(count()).toHaveTextContent('2 of 5 touchpoints shown');

    await user.click(within(group('Mode')).getByRole('checkbox', { name: /Offline/ }));
    expect(onFiltersChange).toHaveBeenLastCalledWith({ personaIds: ['jonas', 'carla'], modes: ['online'] });
    expect(count()).toHaveTextContent('1 of 5 touchpoints shown');

    await user.click(screen.getByRole('button', { name: 'Reset filters' }));
    expect(onFiltersChange).toHaveBeenLastCalledWith({});
    expect(count()).toHaveTextContent('5 of 5 touchpoints shown');
    within(group('Personas')).getAllByRole('checkbox').forEach((box) => expect(box).toBeChecked());
  });

  it('checking the last hidden option again removes the field (absent = all); unchecking all shows none', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const onFiltersChange = vi.fn();
    render(<JourneyFilters journey={dashboardJourney} onFiltersChange={onFiltersChange} />);
    const online = within(group('Mode')).getByRole('checkbox', { name: /Online/ });
    const offline = within(group('Mode')).getByRole('checkbox', { name: /Offline/ });
    await user.click(online);
    expect(onFiltersChange).toHaveBeenLastCalledWith({ modes: ['offline'] });
    await user.click(offline);
    expect(onFiltersChange).toHaveBeenLastCalledWith({ modes: [] });
    expect(count()).toHaveTextContent('0 of 5 touchpoints shown');
    await user.click(online);
    await user.click(offline);
    expect(onFiltersChange).toHaveBeenLastCalledWith({});
  });

  it('offers "All personas" while personas are narrowed', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    render(<JourneyFilters journey={dashboardJourney} defaultFilters={{ personaIds: ['jonas'], phaseIds: ['consideration'] }} />);
    expect(count()).toHaveTextContent('1 of 5 touchpoints shown');
    await user.click(screen.getByRole('button', { name: 'All personas' }));
    expect(screen.queryByRole('button', { name: 'All personas' })).not.toBeInTheDocument();
    expect(count()).toHaveTextContent('2 of 5 touchpoints shown');
  });

  it('is controlled by `filters`: shows the prop and only reports changes', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const onFiltersChange = vi.fn();
    render(<JourneyFilters journey={dashboardJourney} filters={{ phaseIds: ['awareness'] }} onFiltersChange={onFiltersChange} />);
    expect(count()).toHaveTextContent('2 of 5 touchpoints shown');
    await user.click(within(group('Phases')).getByRole('checkbox', { name: /Decision/ }));
    expect(onFiltersChange).toHaveBeenCalledWith({ phaseIds: ['awareness', 'decision'] });
    expect(count()).toHaveTextContent('2 of 5 touchpoints shown');
  });

  it('shares filters with other components inside a JourneyStateProvider', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const onProvider = vi.fn();
    render(
      <JourneyStateProvider onFiltersChange={onProvider}>
        <JourneyFilters journey={dashboardJourney} fields={['persona']} data-testid="first" />
        <JourneyFilters journey={dashboardJourney} fields={['channel']} data-testid="second" />
      </JourneyStateProvider>,
    );
    await user.click(within(screen.getByTestId('first')).getByRole('checkbox', { name: /Anna Becker/ }));
    expect(onProvider).toHaveBeenCalledWith({ personaIds: ['jonas', 'carla'] });
    expect(within(screen.getByTestId('second')).getByRole('status')).toHaveTextContent('2 of 5 touchpoints shown');
  });

  it('shows only the chosen fields', () => {
    render(<JourneyFilters journey={dashboardJourney} fields={['phase', 'persona']} />);
    expect(screen.getAllByRole('group').map((element) => element.querySelector('legend')?.textContent)).toEqual(['Phases', 'Personas']);
  });

  it('speaks German', () => {
    render(<JourneyFilters journey={dashboardJourney} locale="de" />);
    expect(screen.getByRole('region', { name: 'Filter' })).toBeInTheDocument();
    expect(group('Kanäle')).toBeInTheDocument();
    expect(within(group('Kanäle')).getByRole('checkbox', { name: /Suchanzeigen/ })).toBeInTheDocument();
    expect(within(group('Einfluss')).getByRole('checkbox', { name: /Indirekt/ })).toBeInTheDocument();
    expect(count()).toHaveTextContent('5 von 5 Touchpoints angezeigt');
    expect(screen.getByRole('button', { name: 'Filter zurücksetzen' })).toBeInTheDocument();
  });

  it('renders an inline error for an invalid journey instead of throwing', () => {
    render(<JourneyFilters journey={{ version: 1, id: 'x' }} />);
    expect(screen.getByRole('alert')).toHaveTextContent('This journey cannot be shown');
  });
});

describe('filterState', () => {
  it('toggleValue keeps the journey order and unknown values', () => {
    expect(toggleValue({ channels: ['custom', 'b'] }, 'channels', 'a', ['a', 'b', 'c'])).toEqual({ channels: ['a', 'b', 'custom'] });
  });
});

