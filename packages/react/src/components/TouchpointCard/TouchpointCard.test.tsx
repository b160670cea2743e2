import { parseJourney, type Touchpoint } from '@journeykit/core';
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TouchpointCard } from './TouchpointCard';
import { emotionTone, formatScore, formatWhen, touchpointSummary } from './touchpointText';
import { DEFAULT_LABELS } from '../../i18n/labels';

const touchpoint: Touchpoint = {
  id: 'compare',
  phaseId: 'consideration',
  personaIds: ['cfo'],
  title: 'Compares providers on a comparison site',
  channel: 'comparison-site',
  mode: 'online',
  influence: 'indirect',
  emotion: -1,
  painPoints: ['Fees are hidden', 'No B2B filter'],
  keyMoment: true,
};

const journey = parseJourney({
  version: 1,
  id: 'j',
  title: 'T',
  type: 'current-state',
  phases: [{ id: 'consideration', name: 'Consideration' }],
  personas: [{ id: 'cfo', name: 'Claudia', role: 'decider' }],
  touchpoints: [touchpoint],
});

describe('TouchpointCard', () => {
  it('is a button whose name summarises title, channel, mode, influence, emotion and markers', () => {
    render(<TouchpointCard touchpoint={touchpoint} journey={journey} />);
    const card = screen.getByRole('button', {
      name: 'Compares providers on a comparison site. Comparison site, online, indirect. Emotion −1. Pain points: 2. Key moment.',
    });
    expect(card).toHaveTextContent('Comparison site');
    expect(card).toHaveAttribute('data-state', 'idle');
    expect(card).toHaveAttribute('data-mode', 'online');
    expect(card).toHaveAttribute('data-influence', 'indirect');
    expect(card).toHaveAttribute('data-key-moment', 'true');
    expect(card).toHaveAttribute('data-channel-group', 'third-party');
    // Drawn by CSS (`attr()`), read from these attributes.
    expect(card).toHaveAttribute('data-emotion', '−1');
    expect(card).toHaveAttribute('data-emotion-tone', 'negative');
    expect(card).toHaveAttribute('data-pains', '2');
  });

  it('stays lean: three elements (button, title, channel)', () => {
    const { container } = render(<TouchpointCard touchpoint={touchpoint} journey={journey} />);
    expect(container.querySelectorAll('*').length).toBe(3);
  });

  it('shows a minimal touchpoint without emotion or markers', () => {
    render(<TouchpointCard touchpoint={{ id: 'x', phaseId: 'p', personaIds: ['a'], title: 'Trade fair stand', channel: 'Messe Hannover', mode: 'offline', influence: 'direct' }} />);
    const card = screen.getByRole('button', { name: 'Trade fair stand. Messe Hannover, offline, direct.' });
    expect(card).toHaveAttribute('data-key-moment', 'false');
    expect(card).toHaveAttribute('data-channel-group', 'custom');
    expect(card.querySelector('[data-tone]')).toBeNull();
  });

  it('calls onSelect then onOpen on click, Enter and Space', async () => {
    const calls: string[] = [];
    const user = userEvent.setup({ delay: null });
    render(<TouchpointCard touchpoint={touchpoint} onSelect={(tp) => calls.push(`select:${tp.id}`)} onOpen={(tp) => calls.push(`open:${tp.id}`)} />);
    const card = screen.getByRole('button');
    expect(card).toHaveAttribute('aria-haspopup', 'dialog');
    await user.click(card);
    card.focus();
    await user.keyboard('{Enter}');
    await user.keyboard(' ');
    expect(calls).toEqual(['select:compare', 'open:compare', 'select:compare', 'open:compare', 'select:compare', 'open:compare']);
  });

  it('marks the selected state and lets a prevented onClick skip selection', () => {
    const onSelect = vi.fn();
    render(<TouchpointCard touchpoint={touchpoint} selected onSelect={onSelect} onClick={(event) => event.preventDefault()} tabIndex={-1} />);
    const card = screen.getByRole('button');
    expect(card).toHaveAttribute('data-state', 'selected');
    expect(card).toHaveAttribute('aria-current', 'true');
    expect(card).toHaveAttribute('tabindex', '-1');
    fireEvent.click(card);
    expect(onSelect).not.toHaveBeenCalled();
  });

  it('speaks German', () => {
    render(<TouchpointCard touchpoint={touchpoint} locale="de" />);
    expect(screen.getByRole('button')).toHaveAccessibleName('Compares providers on a comparison site. Vergleichsportal, online, indirekt. Emotion −1. Pain Points: 2. Schlüsselmoment.');
  });

  it('shows blueprint text with the title beneath, without emotion or markers', () => {
    render(<TouchpointCard touchpoint={touchpoint} blueprintText="Key account manager" className="mine" data-testid="card" />);
    const card = screen.getByTestId('card');
    expect(card).toHaveClass('jk-root', 'jk-touchpoint-card', 'mine');
    expect(card).toHaveAttribute('data-variant', 'blueprint');
    expect(card).toHaveAccessibleName('Key account manager. Compares providers on a comparison site.');
    expect(card).toHaveTextContent('Compares providers on a comparison site');
    expect(card).not.toHaveAttribute('data-emotion');
    expect(card).not.toHaveAttribute('data-pains');
  });
});

describe('touchpoint text helpers', () => {
  it('reads emotion tone relative to the scale middle', () => {
    expect(emotionTone(-1)).toBe('negative');
    expect(emotionTone(0)).toBe('neutral');
    expect(emotionTone(2)).toBe('positive');
    expect(emotionTone(2, { min: 1, max: 5 })).toBe('negative');
    expect(emotionTone(3, { min: 1, max: 5 })).toBe('neutral');
  });

  it('formats signed scores only on scales spanning zero', () => {
    expect(formatScore(2)).toBe('+2');
    expect(formatScore(-1.5)).toBe('−1.5');
    expect(formatScore(0)).toBe('0');
    expect(formatScore(4, { min: 1, max: 5 })).toBe('4');
    expect(formatScore(-0.5, undefined, 'de')).toBe('−0,5');
  });

  it('formats times as days or UTC dates', () => {
    expect(formatWhen(14, DEFAULT_LABELS.en, 'en')).toBe('Day 14');
    expect(formatWhen(3, DEFAULT_LABELS.de, 'de')).toBe('Tag 3');
    expect(formatWhen('2026-02-17', DEFAULT_LABELS.en, 'en')).toBe('Feb 17, 2026');
    expect(formatWhen(undefined, DEFAULT_LABELS.en, 'en')).toBeUndefined();
  });

  it('summarises blueprint text first', () => {
    expect(touchpointSummary(touchpoint, DEFAULT_LABELS.en, 'en', undefined, 'Sales')).toBe('Sales. Compares providers on a comparison site.');
  });
});
