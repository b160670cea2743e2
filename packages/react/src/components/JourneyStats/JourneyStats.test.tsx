import { parseJourney } from '@journeykit/core';
import { cleanup, render, screen } from '@testing-library/react';
import { dashboardJourney } from '../JourneyFilters/dashboard.fixture';
import { JourneyStats } from './JourneyStats';

/** The tile of a term: its value and caption (the `<dd>`s after the `<dt>`). */
function tile(term: string) {
  const dt = screen.getByText(term, { selector: 'dt' });
  const [value, caption] = [...dt.parentElement!.querySelectorAll('dd')];
  return { value: value!, caption: caption!, root: dt.parentElement! };
}

const untimed = parseJourney({
  version: 1,
  id: 'bare',
  title: 'Bare',
  type: 'current-state',
  phases: [{ id: 'p', name: 'Only phase' }],
  personas: [{ id: 'a', name: 'A', role: 'user' }],
  touchpoints: [{ id: 't', phaseId: 'p', personaIds: ['a'], title: 'T', channel: 'website', mode: 'online', influence: 'direct' }],
});

describe('JourneyStats', () => {
  // The first render warms up React and jsdom (seconds on a busy machine); not part of any test's time.
  beforeAll(() => {
    render(<JourneyStats journey={dashboardJourney} />);
    cleanup();
  });

  it('shows the headline figures of a hand-made journey, exactly', () => {
    render(<JourneyStats journey={dashboardJourney} />);
    expect(screen.getByRole('heading', { name: 'Journey at a glance' })).toBeInTheDocument();
    expect(screen.getAllByRole('term').map((term) => term.textContent)).toEqual([
      'Touchpoints',
      'Personas',
      'Duration',
      'Pain points',
      'Key moments',
      'Average emotion',
      'Online share',
      'Funnel drop-off',
    ]);
    expect(tile('Touchpoints').value).toHaveTextContent('5');
    expect(tile('Touchpoints').caption).toHaveTextContent('across 3 phases');
    expect(tile('Personas').value).toHaveTextContent('3');
    expect(tile('Personas').caption).toHaveTextContent('3 buying-center roles');
    // day 0 to day 27 + 1 day
    expect(tile('Duration').value).toHaveTextContent('4 weeks');
    expect(tile('Duration').caption).toHaveTextContent('28 days · first to last touchpoint');
    // 3 written + 2 low emotion (≤ −1) + 3 emotion gaps (≥ 2), at t2, t3 and t5
    expect(tile('Pain points').value).toHaveTextContent('8');
    expect(tile('Pain points').caption).toHaveTextContent('at 3 touchpoints');
    expect(tile('Key moments').value).toHaveTextContent('3');
    expect(tile('Key moments').caption).toHaveTextContent('2 at risk');
    // (1 − 1 − 2 + 1 + 0) / 5 and (1 + 1 + 1 + 2 + 2) / 5
    expect(tile('Average emotion').value).toHaveTextContent('−0.2');
    expect(tile('Average emotion').caption).toHaveTextContent('desired +1.4 · scale −2 to +2');
    expect(tile('Online share').value).toHaveTextContent('60%');
    expect(tile('Online share').caption).toHaveTextContent('3 online · 2 offline');
    // volume 1,000 in Awareness, 100 in Decision
    expect(tile('Funnel drop-off').value).toHaveTextContent('90%');
    expect(tile('Funnel drop-off').caption).toHaveTextContent('Awareness (1,000) to Decision (100)');
    expect(tile('Funnel drop-off').root).toHaveAttribute('data-tone', 'negative');
  });

  it('shows "—" with the reason for missing data, never a 0', () => {
    render(<JourneyStats journey={untimed} />);
    for (const [term, reason] of [
      ['Duration', 'No touchpoint has a date or day'],
      ['Average emotion', 'No emotion recorded'],
      ['Funnel drop-off', 'Needs measured volumes in at least two phases'],
    ] as const) {
      const { value, caption, root } = tile(term);
      expect(value).toHaveTextContent('—');
      expect(value).toHaveAttribute('title', reason);
      expect(caption).toHaveTextContent(reason);
      expect(root).toHaveAttribute('data-missing', 'true');
    }
    expect(tile('Key moments').value).toHaveTextContent('0');
    expect(tile('Touchpoints').caption).toHaveTextContent('in 1 phase');
    expect(tile('Personas').caption).toHaveTextContent('1 buying-center role');
    expect(tile('Duration').value).not.toHaveTextContent('0');
  });

  it('shows only the chosen stats, in the given order', () => {
    render(<JourneyStats journey={dashboardJourney} stats={['onlineShare', 'touchpoints']} />);
    expect(screen.getAllByRole('term').map((term) => term.textContent)).toEqual(['Online share', 'Touchpoints']);
  });

  it('formats numbers and labels in German', () => {
    render(<JourneyStats journey={dashboardJourney} locale="de" />);
    expect(screen.getByRole('heading', { name: 'Journey auf einen Blick' })).toBeInTheDocument();
    expect(tile('Dauer').value).toHaveTextContent('4 Wochen');
    expect(tile('Durchschnittliche Emotion').value).toHaveTextContent('−0,2');
    expect(tile('Durchschnittliche Emotion').caption).toHaveTextContent('gewünscht +1,4');
    expect(tile('Online-Anteil').value.textContent).toMatch(/^60\s%$/);
    expect(tile('Funnel-Abbruch').caption).toHaveTextContent('Awareness (1.000) bis Decision (100)');
    expect(tile('Schlüsselmomente').caption).toHaveTextContent('2 gefährdet');
  });

  it('renders an inline error for an invalid journey', () => {
    render(<JourneyStats journey="{not json" />);
    expect(screen.getByRole('alert')).toBeInTheDocument();
  });
});
