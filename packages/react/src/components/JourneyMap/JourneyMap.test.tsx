import { parseJourney, type JourneyDocument } from '@journeykit/core';
import { generateJourney } from '@journeykit/core/samples';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { JourneyStateProvider } from '../../state/JourneyStateProvider';
import { JourneyMap } from './JourneyMap';

const document: JourneyDocument = {
  version: 1,
  id: 'j',
  title: 'Buying a CRM add-on',
  type: 'current-state',
  description: 'From the first search to the renewal.',
  company: { name: 'Wenger GmbH' },
  phases: [
    { id: 'awareness', name: 'Awareness' },
    { id: 'decision', name: 'Decision' },
  ],
  personas: [
    { id: 'lea', name: 'Lea Brandt', role: 'initiator', jobTitle: 'Team lead sales' },
    { id: 'cfo', name: 'Claudia Wenger', role: 'decider' },
  ],
  touchpoints: [
    { id: 'ad', phaseId: 'awareness', personaIds: ['lea'], title: 'Search ad', channel: 'search-ads', mode: 'online', influence: 'direct', at: '2026-03-02', emotion: 1 },
    { id: 'demo', phaseId: 'decision', personaIds: ['lea', 'cfo'], title: 'Demo call', channel: 'phone', mode: 'offline', influence: 'direct', at: '2026-03-20', emotion: -1, painPoints: ['Pricing unclear'], keyMoment: true },
  ],
};
const journey = parseJourney(document);

describe('JourneyMap', () => {
  it('shows title, type, company, personas, touchpoints, the emotion curve and the legend from one prop', () => {
    render(<JourneyMap journey={journey} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Buying a CRM add-on' })).toBeInTheDocument();
    expect(screen.getByText('Current state')).toBeInTheDocument();
    expect(screen.getByText('Wenger GmbH')).toBeInTheDocument();
    const personas = screen.getByRole('region', { name: 'Personas' });
    expect(within(personas).getAllByRole('article').map((card) => card.getAttribute('aria-labelledby') && within(card).getByRole('heading').textContent)).toEqual(['Lea Brandt', 'Claudia Wenger']);
    expect(screen.getByRole('grid')).toBeInTheDocument();
    expect(screen.getAllByText('Search ad').length).toBeGreaterThan(0);
    expect(screen.getByRole('img', { name: /Emotion curve/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Legend' })).toBeInTheDocument();
  });

  it('accepts a raw document and JSON text as well as a parsed journey', () => {
    const { unmount } = render(<JourneyMap journey={document} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Buying a CRM add-on' })).toBeInTheDocument();
    unmount();
    render(<JourneyMap journey={JSON.stringify(document)} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Buying a CRM add-on' })).toBeInTheDocument();
  });

  it('in lenient mode shows a touchpoint of an unknown persona as unplaced, and every part renders (none re-validates strictly)', () => {
    const live = { ...document, touchpoints: [...document.touchpoints, { id: 'call', phaseId: 'decision', personaIds: ['ghost'], title: 'Call from a new contact', channel: 'phone', mode: 'offline', influence: 'direct', emotion: 0 }] };
    render(<JourneyMap journey={live} lenient />);
    expect(screen.getByRole('heading', { name: /Unplaced touchpoints/ })).toBeInTheDocument();
    expect(screen.getByText('Call from a new contact')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /Emotion curve/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Legend' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('switches between swimlanes and timeline, and between lanes, from the toolbar (uncontrolled)', () => {
    const onViewChange = vi.fn();
    render(<JourneyMap journey={journey} onViewChange={onViewChange} />);
    const view = screen.getByRole('group', { name: 'View' });
    fireEvent.click(within(view).getByRole('button', { name: 'Timeline' }));
    expect(onViewChange).toHaveBeenLastCalledWith({ axis: 'time', lanes: 'persona' });
    expect(within(view).getByRole('button', { name: 'Timeline' })).toHaveAttribute('aria-pressed', 'true');
    // The timeline is there (with its zoom controls) instead of the swimlanes.
    expect(screen.getByRole('button', { name: 'Zoom in' })).toBeInTheDocument();
    expect(screen.queryByRole('grid', { name: 'Buying a CRM add-on – Journey map' })).not.toBeInTheDocument();
    fireEvent.click(within(screen.getByRole('group', { name: 'Lane' })).getByRole('button', { name: 'Service blueprint' }));
    expect(onViewChange).toHaveBeenLastCalledWith({ axis: 'time', lanes: 'blueprint' });
  });

  it('follows a controlled view and only asks for changes', () => {
    const onViewChange = vi.fn();
    render(<JourneyMap journey={journey} view={{ axis: 'ordinal', lanes: 'channel' }} onViewChange={onViewChange} />);
    fireEvent.click(screen.getByRole('button', { name: 'Timeline' }));
    expect(onViewChange).toHaveBeenCalledWith({ axis: 'time', lanes: 'channel' });
    expect(screen.getByRole('button', { name: 'Swimlanes' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('grid')).toBeInTheDocument();
  });

  it('reports selection and opening of a touchpoint, and shares the selection with a surrounding provider', () => {
    const onTouchpointSelect = vi.fn();
    const onTouchpointOpen = vi.fn();
    const onSelectionChange = vi.fn();
    render(
      <JourneyStateProvider onSelectionChange={onSelectionChange}>
        <JourneyMap journey={journey} onTouchpointSelect={onTouchpointSelect} onTouchpointOpen={onTouchpointOpen} />
      </JourneyStateProvider>,
    );
    const card = screen.getAllByRole('button', { name: /Search ad/ })[0]!;
    fireEvent.click(card);
    expect(onTouchpointSelect).toHaveBeenCalledWith(journey.touchpoints[0]);
    expect(onTouchpointOpen).toHaveBeenCalledWith(journey.touchpoints[0]);
    expect(onSelectionChange).toHaveBeenCalledWith('ad');
    expect(screen.getByRole('dialog')).toHaveTextContent('Search ad');
  });

  it('shows an accessible inline error for an invalid document instead of throwing, and warns once', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<JourneyMap journey={{ ...document, touchpoints: [{ ...document.touchpoints[0], phaseId: 'nope' }] }} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('This journey cannot be shown');
    expect(alert).toHaveTextContent('touchpoints.0.phaseId');
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  it('contains a failing custom render slot: the rest of the map stays', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <JourneyMap
        journey={journey}
        renderTouchpoint={() => {
          throw new Error('custom card broke');
        }}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('custom card broke');
    expect(screen.getByRole('heading', { level: 2, name: 'Buying a CRM add-on' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Legend' })).toBeInTheDocument();
    warn.mockRestore();
    error.mockRestore();
  });

  it('can hide toolbar, personas, curve and legend, and be composed from parts', () => {
    const { unmount } = render(<JourneyMap journey={journey} toolbar={false} personas={false} emotionCurve={false} legend={false} />);
    expect(screen.queryByRole('group', { name: 'View' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Personas' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Legend' })).not.toBeInTheDocument();
    unmount();
    render(
      <JourneyMap.Root journey={journey} defaultView={{ axis: 'ordinal', lanes: 'channel' }} className="mine">
        <JourneyMap.Header />
        <JourneyMap.View />
      </JourneyMap.Root>,
    );
    expect(screen.getByRole('grid')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Buying a CRM add-on');
  });

  it('draws the emotion curve on the time axis before (or without) a card timeline: on the server and in a map composed without a view', () => {
    const html = renderToString(<JourneyMap journey={journey} defaultView={{ axis: 'time', lanes: 'persona' }} />);
    expect(html).toContain('jk-emotion-curve');
    render(
      <JourneyMap.Root journey={journey} defaultView={{ axis: 'time', lanes: 'persona' }}>
        <JourneyMap.EmotionCurve />
      </JourneyMap.Root>,
    );
    expect(screen.getByRole('img', { name: 'Emotion curve' })).toBeInTheDocument();
  });

  it('speaks German', () => {
    render(<JourneyMap journey={journey} locale="de" />);
    expect(screen.getByText('Ist-Zustand')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Zeitachse' })).toBeInTheDocument();
  });

  it('renders on the server without touching window', () => {
    const html = renderToString(<JourneyMap journey={journey} />);
    expect(html).toContain('Buying a CRM add-on');
    expect(html).toContain('Search ad');
  });

  it('explains that a part must sit inside a root', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<JourneyMap.Header />)).toThrow('<JourneyMap.Header> must be used inside <JourneyMap.Root>');
    error.mockRestore();
  });

  // Issue 8's typical map: ≤ 1,400 DOM elements in the whole page (the browser benchmark counts them
  // in Chromium). Here the map's own elements, as a guard against regressions.
  it('never writes to the document it is given (a parsed journey shares its unchanged objects)', () => {
    const deepFreeze = <T,>(value: T): T => {
      if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
        Object.freeze(value);
        for (const child of Object.values(value)) deepFreeze(child);
      }
      return value;
    };
    const source = generateJourney({ seed: 11, touchpoints: 40, personas: 4, phases: 4 });
    const before = structuredClone(source);
    const frozen = deepFreeze(source);
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    // Any write to a frozen object throws in module (strict) code; a part boundary would show it as an alert.
    const { rerender, unmount } = render(<JourneyMap journey={frozen} />);
    fireEvent.click(screen.getAllByRole('button', { name: new RegExp(frozen.touchpoints[0]!.title) })[0]!);
    expect(screen.getByRole('dialog')).toHaveTextContent(frozen.touchpoints[0]!.title);
    fireEvent.click(screen.getByRole('button', { name: 'Timeline' }));
    fireEvent.click(within(screen.getByRole('group', { name: 'Lane' })).getByRole('button', { name: 'Service blueprint' }));
    fireEvent.click(within(screen.getByRole('group', { name: 'Lane' })).getByRole('button', { name: 'By channel' }));
    rerender(<JourneyMap journey={frozen} filters={{ personaIds: [frozen.personas[0]!.id] }} />);
    unmount();
    render(<JourneyMap journey={frozen} density="dense" />);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(error).not.toHaveBeenCalled();
    error.mockRestore();
    expect(source).toEqual(before);
  });

  it('stays within the DOM budget on a typical map (12 phases × 10 personas × 200 touchpoints)', () => {
    const typical = generateJourney({ seed: 42, touchpoints: 200, personas: 10, phases: 12 });
    const { container } = render(<JourneyMap journey={typical} />);
    const count = container.querySelectorAll('*').length;
    console.info(`JourneyMap DOM elements, typical map: ${count}`);
    expect(container.querySelectorAll('.jk-touchpoint-card').length).toBeGreaterThan(200);
    expect(count).toBeLessThanOrEqual(1_400);
  }, 30_000);
});
