import { parseJourney } from '@journeykit/core';
import { render, screen, within } from '@testing-library/react';
import { Legend } from './Legend';

const journey = parseJourney({
  version: 1,
  id: 'j',
  title: 'Test',
  type: 'current-state',
  emotionScale: { min: -3, max: 3 },
  phases: [{ id: 'aw', name: 'Awareness' }],
  personas: [
    { id: 'cfo', name: 'Claudia Wenger', role: 'decider', color: '#b4235a' },
    { id: 'ops', name: 'Ben Otto', role: 'user' },
  ],
  touchpoints: [
    { id: 'a', phaseId: 'aw', personaIds: ['cfo'], title: 'Ad', channel: 'search-ads', mode: 'online', influence: 'direct' },
    { id: 'b', phaseId: 'aw', personaIds: ['ops'], title: 'Site', channel: 'website', mode: 'online', influence: 'direct' },
    { id: 'c', phaseId: 'aw', personaIds: ['ops'], title: 'Shop', channel: 'webshop', mode: 'online', influence: 'direct' },
    { id: 'd', phaseId: 'aw', personaIds: ['ops'], title: 'Fair', channel: 'Regional fair booth', mode: 'offline', influence: 'direct' },
  ],
});

/** The items (dd texts) listed under a group title (dt). */
function itemsOf(title: string | RegExp): string[] {
  const term = screen.getByText(title, { selector: 'dt' });
  return [...term.parentElement!.querySelectorAll('dd')].map((item) => item.textContent ?? '');
}

describe('Legend', () => {
  it('is a region named by its heading with a description list per part', () => {
    render(<Legend />);
    const legend = screen.getByRole('region', { name: 'Legend' });
    expect(within(legend).getByRole('heading', { level: 3, name: 'Legend' })).toBeInTheDocument();
    expect(within(legend).getAllByRole('term').map((term) => term.textContent)).toEqual(['Channels', 'Mode', 'Influence', 'Markers', 'Emotion scale (−2 … +2)']);
    expect(itemsOf('Mode')).toEqual(['Online', 'Offline']);
    expect(itemsOf('Influence')).toEqual(['Direct', 'Indirect']);
    expect(itemsOf('Markers')).toEqual(['Pain point', 'Key moment', 'Selected']);
    expect(itemsOf(/Emotion scale/)).toEqual(['Negative', 'Neutral', 'Positive', 'Desired emotion']);
  });

  it('lists every catalogue channel group without a journey', () => {
    render(<Legend sections={['channels']} />);
    expect(itemsOf('Channels')).toEqual(['Advertising', 'Own digital channels', 'Third parties', 'Events', 'Print & media', 'Personal contact', 'Service']);
  });

  it('with a journey: only its channel groups with their channels, its scale and its personas', () => {
    const { container } = render(<Legend journey={journey} />);
    expect(itemsOf('Channels')).toEqual(['AdvertisingSearch ads', 'Own digital channelsWebsite, B2B webshop', 'Other channelsRegional fair booth']);
    expect(screen.getByText('Emotion scale (−3 … +3)')).toBeInTheDocument();
    expect(itemsOf('Personas')).toEqual(['Claudia WengerDecider', 'Ben OttoUser']);
    const series = container.querySelectorAll<HTMLElement>('.jk-legend__series');
    expect(series[0]!.style.getPropertyValue('--jk-series-color')).toBe('#b4235a');
    expect(series[1]!.dataset.tone).toBe('user');
    expect(container.querySelector('[data-channel-group="owned-digital"]')).not.toBeNull();
  });

  it('shows the chosen sections in the given order, vertically', () => {
    render(<Legend journey={journey} sections={['personas', 'markers']} orientation="vertical" headingLevel={2} title="Key" />);
    const legend = screen.getByRole('region', { name: 'Key' });
    expect(legend).toHaveAttribute('data-orientation', 'vertical');
    expect(within(legend).getByRole('heading', { level: 2 })).toHaveTextContent('Key');
    expect(within(legend).getAllByRole('term').map((term) => term.textContent)).toEqual(['Personas', 'Markers']);
  });

  it('speaks German and passes className, style and attributes through', () => {
    render(<Legend locale="de" className="mine" style={{ maxWidth: 400 }} data-testid="legend" />);
    const legend = screen.getByTestId('legend');
    expect(legend).toHaveClass('jk-root', 'jk-legend', 'mine');
    expect(legend.style.maxWidth).toBe('400px');
    expect(screen.getByRole('heading', { name: 'Legende' })).toBeInTheDocument();
    expect(itemsOf('Markierungen')).toEqual(['Pain Point', 'Schlüsselmoment', 'Ausgewählt']);
    expect(itemsOf('Kanäle')).toContain('Persönlicher Kontakt');
  });

  it('shows JourneyError for an invalid journey', () => {
    render(<Legend journey={{ version: 1 }} />);
    expect(screen.getByRole('alert')).toBeInTheDocument();
  });
});
