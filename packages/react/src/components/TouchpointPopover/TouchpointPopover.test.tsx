import { parseJourney, type Touchpoint } from '@journeykit/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { TouchpointCard } from '../TouchpointCard/TouchpointCard';
import { TouchpointDetails } from './TouchpointDetails';
import { TouchpointPopover } from './TouchpointPopover';

// jsdom with user-event is slow on busy CI machines.
vi.setConfig({ testTimeout: 20_000 });

const full: Touchpoint = {
  id: 'demo',
  phaseId: 'decision',
  personaIds: ['cfo', 'it'],
  title: 'On-site demo with the integration team',
  channel: 'on-site-meeting',
  mode: 'offline',
  influence: 'direct',
  at: 21,
  durationDays: 1.5,
  action: 'Watches the live demo',
  thoughts: 'Will this fit our ERP?',
  needs: ['API documentation'],
  emotion: -1,
  desiredEmotion: 2,
  painPoints: ['No sandbox access'],
  opportunities: ['Offer a trial sandbox'],
  keyMoment: true,
  owner: { department: 'Sales', role: 'Solution engineer', system: 'Salesforce', process: 'Demo scheduling' },
  importance: 5,
  risk: 4,
  performance: 2,
  metrics: { volume: 1240, conversionRate: 0.34, dropOffRate: 0.125, csat: 78, nps: 12, period: '2026-Q1' },
  evidence: { source: 'interview', confidence: 0.8, note: 'Five customer interviews' },
  links: [
    { label: 'Demo script', url: 'https://example.com/demo' },
    { label: 'Evil', url: 'javascript:alert(1)' },
  ],
};

const journey = parseJourney({
  version: 1,
  id: 'j',
  title: 'T',
  type: 'current-state',
  phases: [{ id: 'decision', name: 'Decision' }],
  personas: [
    { id: 'cfo', name: 'Claudia Wenger', role: 'decider' },
    { id: 'it', name: 'Jonas Richter', role: 'gatekeeper' },
  ],
  touchpoints: [full],
});

describe('TouchpointPopover', () => {
  it('opens from its trigger card as a dialog named by the title, and Escape returns focus', async () => {
    const user = userEvent.setup({ delay: null });
    const onOpenChange = vi.fn();
    render(
      <TouchpointPopover touchpoint={full} journey={journey} onOpenChange={onOpenChange}>
        <TouchpointCard touchpoint={full} journey={journey} />
      </TouchpointPopover>,
    );
    const card = screen.getByRole('button', { name: /^On-site demo/ });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.click(card);
    const dialog = screen.getByRole('dialog', { name: 'On-site demo with the integration team' });
    expect(onOpenChange).toHaveBeenLastCalledWith(true);
    expect(dialog).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(card).toHaveFocus();
    expect(onOpenChange).toHaveBeenLastCalledWith(false);
  });

  it('opens with Enter on the trigger', async () => {
    const user = userEvent.setup({ delay: null });
    render(
      <TouchpointPopover touchpoint={full} journey={journey}>
        <TouchpointCard touchpoint={full} journey={journey} />
      </TouchpointPopover>,
    );
    screen.getByRole('button', { name: /^On-site demo/ }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('is controllable and anchored: closes by its close button and returns focus to the anchor', async () => {
    const user = userEvent.setup({ delay: null });
    function Host() {
      const [open, setOpen] = useState(true);
      const [anchor, setAnchor] = useState<HTMLButtonElement | null>(null);
      return (
        <>
          <button type="button" ref={setAnchor}>
            anchor
          </button>
          <span data-testid="state">{String(open)}</span>
          <TouchpointPopover touchpoint={full} journey={journey} anchor={anchor} open={open} onOpenChange={setOpen} />
        </>
      );
    }
    render(<Host />);
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Close' }));
    expect(screen.getByTestId('state')).toHaveTextContent('false');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'anchor' })).toHaveFocus();
  });

  it('shows nothing without a touchpoint even when open', () => {
    render(<TouchpointPopover touchpoint={null} open />);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});

describe('TouchpointDetails', () => {
  it('says "1 day" for a one-day touchpoint, in English and German', () => {
    const oneDay = { ...full, durationDays: 1 };
    const { rerender } = render(<TouchpointDetails touchpoint={oneDay} journey={journey} />);
    expect(screen.getByText('1 day')).toBeInTheDocument();
    rerender(<TouchpointDetails touchpoint={oneDay} journey={journey} locale="de" />);
    expect(screen.getByText('1 Tag')).toBeInTheDocument();
  });

  it('shows every recorded field in named sections', () => {
    render(<TouchpointDetails touchpoint={full} journey={journey} />);
    expect(screen.getByRole('heading', { level: 2, name: full.title })).toBeInTheDocument();
    expect(screen.getByText('Decision')).toBeInTheDocument();
    expect(screen.getByText('Key moment')).toBeInTheDocument();
    expect(screen.getByText('On-site meeting / demo')).toBeInTheDocument();
    expect(screen.getByText('Offline')).toBeInTheDocument();
    expect(screen.getByText('Direct')).toBeInTheDocument();
    expect(screen.getByText('Claudia Wenger, Jonas Richter')).toBeInTheDocument();
    expect(screen.getByText('Day 21')).toBeInTheDocument();
    expect(screen.getByText('1.5 days')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Action' })).getByText('Watches the live demo')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Thoughts' })).getByText('Will this fit our ERP?')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Needs' })).getByRole('listitem')).toHaveTextContent('API documentation');
    const emotion = screen.getByRole('region', { name: 'Emotion' });
    expect(within(emotion).getByText('−1')).toBeInTheDocument();
    expect(within(emotion).getByText('Desired emotion').nextSibling).toHaveTextContent('+2');
    expect(within(screen.getByRole('region', { name: 'Pain points' })).getByText('No sandbox access')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Opportunities' })).getByText('Offer a trial sandbox')).toBeInTheDocument();
    const owner = screen.getByRole('region', { name: 'Owner' });
    for (const text of ['Sales', 'Solution engineer', 'Salesforce', 'Demo scheduling']) expect(within(owner).getByText(text)).toBeInTheDocument();
    const scores = screen.getByRole('region', { name: 'Importance · Risk · Performance' });
    expect(within(scores).getByText('Importance').nextSibling).toHaveTextContent('5 of 5');
    expect(within(scores).getByText('Performance').nextSibling).toHaveTextContent('2 of 5');
    const metrics = screen.getByRole('region', { name: 'Metrics' });
    for (const text of ['1,240', '34%', '12.5%', '78%', '+12', '2026-Q1']) expect(within(metrics).getByText(text)).toBeInTheDocument();
    const evidence = screen.getByRole('region', { name: 'Evidence' });
    for (const text of ['Interview', '80%', 'Five customer interviews']) expect(within(evidence).getByText(text)).toBeInTheDocument();
  });

  it('turns only safe URLs into links; others stay plain text', () => {
    render(<TouchpointDetails touchpoint={full} journey={journey} />);
    const links = within(screen.getByRole('region', { name: 'Links' })).getAllByRole('link');
    expect(links).toHaveLength(1);
    expect(links[0]).toHaveAttribute('href', 'https://example.com/demo');
    expect(links[0]).toHaveAttribute('target', '_blank');
    expect(links[0]).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.getByText('Evil').closest('a')).toBeNull();
    expect(screen.getByText('(javascript:alert(1))')).toBeInTheDocument();
  });

  it('omits empty sections', () => {
    render(<TouchpointDetails touchpoint={{ id: 'x', phaseId: 'gone', personaIds: ['nobody'], title: 'Bare', channel: 'poster', mode: 'offline', influence: 'direct', painPoints: [] }} />);
    expect(screen.queryAllByRole('region')).toHaveLength(0);
    expect(screen.getByText('gone')).toBeInTheDocument();
    expect(screen.getByText('nobody')).toBeInTheDocument();
  });

  it('speaks German', () => {
    render(<TouchpointDetails touchpoint={full} journey={journey} locale="de" />);
    expect(screen.getByRole('region', { name: 'Verantwortlich' })).toBeInTheDocument();
    expect(screen.getByText('Tag 21')).toBeInTheDocument();
    expect(screen.getByText('1,5 Tage')).toBeInTheDocument();
    expect(screen.getByText('Vor-Ort-Termin / Demo')).toBeInTheDocument();
  });
});
