import { parseJourney } from '@journeykit/core';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { JourneyComparison } from './JourneyComparison';

const base = {
  version: 1,
  title: 'Checkout',
  phases: [
    { id: 'p1', name: 'Research' },
    { id: 'p2', name: 'Purchase' },
  ],
  personas: [{ id: 'u', name: 'Ute Buyer', role: 'buyer' }],
};
const currentDoc = {
  ...base,
  id: 'now',
  type: 'current-state',
  touchpoints: [
    { id: 'a', phaseId: 'p1', personaIds: ['u'], title: 'Reads reviews', channel: 'review-portal', mode: 'online', influence: 'direct', emotion: -1, painPoints: ['Slow'] },
    { id: 'b', phaseId: 'p1', personaIds: ['u'], title: 'Calls sales', channel: 'phone', mode: 'online', influence: 'direct', emotion: 0 },
    { id: 'c', phaseId: 'p2', personaIds: ['u'], title: 'Pays', channel: 'checkout', mode: 'online', influence: 'direct', emotion: -2, painPoints: ['Broken', 'Hidden fees'] },
  ],
};
const futureDoc = {
  ...base,
  id: 'next',
  title: 'Checkout (future)',
  type: 'future-state',
  touchpoints: [
    { id: 'a', phaseId: 'p1', personaIds: ['u'], title: 'Reads reviews', channel: 'review-portal', mode: 'online', influence: 'direct', emotion: 1 },
    { id: 'd', phaseId: 'p1', personaIds: ['u'], title: 'Uses calculator', channel: 'online-tool', mode: 'online', influence: 'direct', emotion: 1, painPoints: ['New check'] },
    { id: 'c', phaseId: 'p2', personaIds: ['u'], title: 'Pays', channel: 'checkout', mode: 'online', influence: 'direct', emotion: -2, painPoints: ['Hidden fees'] },
  ],
};
const current = parseJourney(currentDoc);
const future = parseJourney(futureDoc);

const stats = () => Object.fromEntries(screen.getAllByRole('term').map((term) => [term.textContent, term.nextElementSibling?.textContent]));
const titles = (list: HTMLElement) => within(list).getAllByRole('listitem').map((item) => item.querySelector('.jk-comparison__entry-title')!.textContent);

describe('JourneyComparison', () => {
  it('summarises added, removed and changed touchpoints, pain points and the mean emotion change', () => {
    render(<JourneyComparison current={current} future={future} />);
    expect(screen.getByRole('region', { name: 'Current vs. future state' })).toBeInTheDocument();
    expect(stats()).toEqual({
      Added: '1',
      Removed: '1',
      Changed: '2',
      'Pain points fixed': '2',
      'Pain points introduced': '1',
      'Mean emotion': '+1−1 → 0',
    });
  });

  it('lists both states per phase with Added / Removed / Changed badges (side by side)', () => {
    render(<JourneyComparison current={current} future={future} />);
    const now = screen.getByRole('list', { name: 'Research — Current state' });
    const next = screen.getByRole('list', { name: 'Research — Future state' });
    expect(titles(now)).toEqual(['Reads reviews', 'Calls sales']);
    expect(titles(next)).toEqual(['Reads reviews', 'Uses calculator']);
    expect(within(now).getByText('Calls sales').closest('li')).toHaveAttribute('data-change', 'removed');
    expect(within(now).getByText('Removed')).toBeInTheDocument();
    expect(within(next).getByText('Added').closest('li')).toHaveTextContent('Uses calculator');
    const changed = within(next).getByText('Changed');
    expect(changed).toHaveAttribute('tabindex', '0');
    expect(within(changed).getByText(': Emotion and Pain points')).toHaveClass('jk-visually-hidden');
    expect(within(changed).getByText('Changed: Emotion and Pain points')).toHaveAttribute('aria-hidden', 'true');
    const purchase = screen.getByRole('list', { name: 'Purchase — Future state' });
    expect(within(purchase).getByText(': Pain points')).toBeInTheDocument();
  });

  it('lists pain points fixed and introduced with their touchpoint', () => {
    render(<JourneyComparison current={current} future={future} />);
    const fixed = screen.getByRole('region', { name: 'Pain points fixed 2' });
    expect(within(fixed).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['✓SlowReads reviews · Research', '✓BrokenPays · Purchase']);
    const introduced = screen.getByRole('region', { name: 'Pain points introduced 1' });
    expect(within(introduced).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['!New checkUses calculator · Research']);
  });

  it('draws mean emotion per phase for both states, with the values as a table', () => {
    const { container } = render(<JourneyComparison current={current} future={future} defaultMode="overlay" />);
    expect(screen.getByRole('img', { name: 'Mean emotion per phase' })).toBeInTheDocument();
    const paths = [...container.querySelectorAll('.jk-comparison__series path')];
    expect(paths.map((path) => path.closest('[data-series]')!.getAttribute('data-series'))).toEqual(['current', 'future']);
    expect(paths.every((path) => /^M[\d.]+,[\d.]+/.test(path.getAttribute('d') ?? ''))).toBe(true);
    const table = screen.getByRole('table', { name: 'Mean emotion per phase' });
    expect(within(table).getAllByRole('row').map((row) => row.textContent)).toEqual(['PhaseCurrent stateFuture state', 'Research−0.5+1', 'Purchase−2−2']);
  });

  it('switches layout uncontrolled, merging both lists in the overlay', async () => {
    const onModeChange = vi.fn();
    render(<JourneyComparison current={current} future={future} onModeChange={onModeChange} />);
    expect(screen.getAllByRole('img')).toHaveLength(2);
    await userEvent.click(screen.getByRole('button', { name: 'Overlay' }));
    expect(onModeChange).toHaveBeenCalledWith('overlay');
    expect(screen.getByRole('button', { name: 'Overlay' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Side by side' })).toHaveAttribute('aria-pressed', 'false');
    const merged = screen.getByRole('list', { name: 'Research' });
    expect(titles(merged)).toEqual(['Reads reviews', 'Calls sales', 'Uses calculator']);
    expect(within(merged).getByText('Reads reviews').closest('li')).toHaveTextContent('Emotion −1 → +1 (positive)');
    expect(screen.getAllByRole('img')).toHaveLength(1);
  });

  it('follows a controlled mode and only reports the wish to change it', () => {
    const onModeChange = vi.fn();
    const { rerender } = render(<JourneyComparison current={current} future={future} mode="side-by-side" onModeChange={onModeChange} />);
    fireEvent.click(screen.getByRole('button', { name: 'Overlay' }));
    expect(onModeChange).toHaveBeenCalledWith('overlay');
    expect(screen.getByRole('button', { name: 'Side by side' })).toHaveAttribute('aria-pressed', 'true');
    rerender(<JourneyComparison current={current} future={future} mode="overlay" onModeChange={onModeChange} />);
    expect(screen.getByRole('region', { name: 'Current vs. future state' })).toHaveAttribute('data-mode', 'overlay');
  });

  it('names the invalid side in an alert (raw documents are validated)', () => {
    const { rerender } = render(<JourneyComparison current={{ ...currentDoc, phases: 'x' }} future={futureDoc} />);
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(screen.getByRole('alert')).toHaveTextContent('Current state: this journey cannot be shown');
    rerender(<JourneyComparison current={currentDoc} future={{ ...futureDoc, touchpoints: 7 }} locale="de" />);
    expect(screen.getByRole('alert')).toHaveTextContent('Soll-Zustand: Diese Journey kann nicht angezeigt werden');
    rerender(<JourneyComparison current={null} future={undefined} />);
    expect(screen.getAllByRole('alert')).toHaveLength(2);
  });

  it('speaks German, says when nothing changed, and passes props and ref through', () => {
    const ref = createRef<HTMLElement>();
    render(<JourneyComparison ref={ref} current={current} future={current} locale="de" className="mine" data-testid="cmp" />);
    expect(screen.getByText('Beide Zustände sind identisch.')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Darstellung' })).toBeInTheDocument();
    expect(ref.current).toBe(screen.getByTestId('cmp'));
    expect(ref.current).toHaveClass('jk-root', 'jk-comparison', 'mine');
    expect(stats()).toMatchObject({ Neu: '0', Entfällt: '0', Geändert: '0' });
  });
});
