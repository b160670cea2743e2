import { computeJourneyLayout, parseJourney, type JourneyDocument } from '@journeykit/core';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { JourneyStateProvider } from '../../state/JourneyStateProvider';
import { EmotionCurve } from './EmotionCurve';

const document: JourneyDocument = {
  version: 1,
  id: 'j',
  title: 'Test',
  type: 'current-state',
  phases: [
    { id: 'aw', name: 'Awareness' },
    { id: 'de', name: 'Decision' },
  ],
  personas: [
    { id: 'cfo', name: 'Claudia Wenger', role: 'decider', color: '#b4235a' },
    { id: 'dev', name: 'Ben Otto', role: 'user' },
  ],
  touchpoints: [
    { id: 'ad', phaseId: 'aw', personaIds: ['cfo'], title: 'Sees an ad', channel: 'social-ads', mode: 'online', influence: 'direct', emotion: 1, desiredEmotion: 1 },
    { id: 'demo', phaseId: 'aw', personaIds: ['cfo', 'dev'], title: 'Product demo', channel: 'webinar', mode: 'online', influence: 'direct', emotion: 2, desiredEmotion: 2, keyMoment: true },
    { id: 'price', phaseId: 'de', personaIds: ['cfo'], title: 'Price talk', channel: 'phone', mode: 'offline', influence: 'direct', emotion: -2, desiredEmotion: 1, painPoints: ['Hidden fees'] },
    { id: 'setup', phaseId: 'de', personaIds: ['dev'], title: 'Sandbox setup', channel: 'website', mode: 'online', influence: 'direct' },
  ],
};

/** A model whose second persona carries an unsafe colour (as a lenient or hand-built model might). */
// The second persona has no colour of its own: its line takes the role's theme colour.
const journey = parseJourney({ ...document, personas: [document.personas[0]!, { ...document.personas[1]!, color: undefined }] });

describe('EmotionCurve', () => {
  it('is an image named "Emotion curve" described by each persona’s lowest and highest moment', () => {
    render(<EmotionCurve journey={journey} />);
    const chart = screen.getByRole('img', { name: 'Emotion curve' });
    expect(chart).toHaveAccessibleDescription(/Claudia Wenger: lowest −2 at “Price talk”, highest \+2 at “Product demo”\./);
    expect(chart).toHaveAccessibleDescription(/Ben Otto: lowest \+2 at “Product demo”/);
  });

  it('shows the data as a table on demand: a row per touchpoint, emotion and desired per persona', async () => {
    render(<EmotionCurve journey={journey} />);
    const toggle = screen.getByRole('button', { name: 'Show data table' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const table = screen.getByRole('table', { name: 'Emotion per touchpoint' });
    const rows = within(table).getAllByRole('row');
    expect(within(rows[0]!).getByRole('columnheader', { name: 'Claudia Wenger' })).toBeInTheDocument();
    expect(within(rows[1]!).getAllByRole('columnheader', { name: 'Desired' })).toHaveLength(2);
    const price = within(table).getByRole('rowheader', { name: 'Price talk' }).closest('tr')!;
    expect([...price.querySelectorAll('td')].map((cell) => cell.textContent)).toEqual(['Decision', '−2, Pain point', '+1', '—', '—']);
    const setup = within(table).getByRole('rowheader', { name: 'Sandbox setup' }).closest('tr')!;
    expect(setup.querySelectorAll('td')[3]).toHaveTextContent('Not set');
    expect(toggle).toHaveAttribute('aria-controls', table.parentElement!.id);
    await userEvent.click(toggle);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('leaves out the desired columns and lines with showDesired={false}', async () => {
    const { container } = render(<EmotionCurve journey={journey} showDesired={false} />);
    await userEvent.click(screen.getByRole('button', { name: 'Show data table' }));
    expect(screen.queryByRole('columnheader', { name: 'Desired' })).not.toBeInTheDocument();
    expect(container.querySelector('.jk-emotion-curve__desired')).toBeNull();
  });

  it('shows only the given personas', async () => {
    render(<EmotionCurve journey={journey} personaIds={['dev']} />);
    await userEvent.click(screen.getByRole('button', { name: 'Show data table' }));
    expect(screen.getByRole('table')).not.toHaveTextContent('Claudia Wenger');
    expect(screen.getByRole('columnheader', { name: 'Ben Otto' })).toBeInTheDocument();
  });

  it('selects the touchpoint of a clicked point (uncontrolled), with one button however many points', () => {
    const onTouchpointSelect = vi.fn();
    const onSelectionChange = vi.fn();
    const layout = computeLayout();
    const { container } = render(<EmotionCurve journey={journey} layout={layout} onTouchpointSelect={onTouchpointSelect} onSelectionChange={onSelectionChange} />);
    expect(within(screen.getByRole('toolbar')).getAllByRole('button')).toHaveLength(1);
    fireEvent.click(canvasOf(container), at(layout, 'cfo', 'price'));
    expect(onTouchpointSelect).toHaveBeenCalledWith('price');
    expect(onSelectionChange).toHaveBeenCalledWith('price');
    const point = screen.getByRole('button', { name: 'Price talk — Claudia Wenger, Emotion −2, Desired +1, Pain point' });
    expect(point).toHaveAttribute('aria-pressed', 'true');
    expect(point).toHaveFocus(); // the keyboard goes on from the clicked point
    fireEvent.click(canvasOf(container), { clientX: 3, clientY: 3 }); // off every point
    expect(onTouchpointSelect).toHaveBeenCalledTimes(1);
    expect(within(screen.getByRole('toolbar')).getAllByRole('button')).toHaveLength(1);
  });

  it('shows the tooltip and a pointer cursor over a point, and hides them off it', () => {
    const layout = computeLayout();
    const { container } = render(<EmotionCurve journey={journey} layout={layout} />);
    const canvas = canvasOf(container);
    fireEvent.pointerMove(canvas, at(layout, 'cfo', 'price'));
    expect(canvas).toHaveAttribute('data-hover', 'point');
    expect(screen.getByRole('toolbar')).toHaveTextContent(/Price talk.*Claudia Wenger.*Emotion\s*−2.*Desired\s*\+1.*Pain point/);
    fireEvent.pointerMove(canvas, { clientX: 3, clientY: 3 });
    expect(canvas).not.toHaveAttribute('data-hover');
    expect(screen.getByRole('toolbar')).not.toHaveTextContent('Price talk');
    fireEvent.pointerMove(canvas, at(layout, 'cfo', 'ad'));
    fireEvent.pointerLeave(canvas);
    expect(screen.getByRole('toolbar')).not.toHaveTextContent('Sees an ad');
  });

  it('follows a controlled selection and only reports clicks', () => {
    const onSelectionChange = vi.fn();
    const layout = computeLayout();
    const { container } = render(<EmotionCurve journey={journey} layout={layout} selection="demo" onSelectionChange={onSelectionChange} />);
    expect(screen.getByRole('button', { name: /^Product demo — Claudia/ })).toHaveAttribute('aria-pressed', 'true');
    expect(container.querySelector('.jk-emotion-curve__selected-rule')).not.toBeNull();
    fireEvent.click(canvasOf(container), at(layout, 'cfo', 'ad'));
    expect(onSelectionChange).toHaveBeenCalledWith('ad');
    expect(screen.getByRole('button', { name: /^Sees an ad/ })).toHaveAttribute('aria-pressed', 'false');
  });

  it('shares the selection through JourneyStateProvider', () => {
    const layout = computeLayout();
    function Host() {
      const [selection, setSelection] = useState<string | null>(null);
      return (
        <JourneyStateProvider selection={selection} onSelectionChange={setSelection}>
          <output>{selection ?? 'none'}</output>
          <EmotionCurve journey={journey} layout={layout} />
        </JourneyStateProvider>
      );
    }
    const { container } = render(<Host />);
    fireEvent.click(canvasOf(container), at(layout, 'cfo', 'ad'));
    expect(screen.getByRole('status')).toHaveTextContent('ad');
  });

  it('is one tab stop; arrows move along a curve and across curves, with a tooltip', async () => {
    render(<EmotionCurve journey={journey} />);
    await userEvent.tab();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: /^Sees an ad — Claudia/ })).toHaveFocus();
    expect(screen.getByRole('toolbar')).toHaveTextContent('Sees an ad');
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('button', { name: /^Product demo — Claudia/ })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('button', { name: /^Product demo — Ben/ })).toHaveFocus();
    await userEvent.keyboard('{End}');
    expect(screen.getByRole('button', { name: 'Sandbox setup — Ben Otto, Emotion Not set, Desired Not set' })).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}{Home}');
    const first = screen.getByRole('button', { name: /^Sees an ad — Claudia/ });
    expect(first).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(first).toHaveAttribute('aria-pressed', 'true');
    expect(within(screen.getByRole('toolbar')).getAllByRole('button')).toHaveLength(1);
    await userEvent.tab();
    expect(screen.queryByRole('button', { name: /—/ })).not.toHaveFocus(); // one tab stop: Tab leaves the points
  });

  it('draws one line per persona, with only safe colours inline, and marks pain points', () => {
    const { container } = render(<EmotionCurve journey={journey} />);
    const series = container.querySelectorAll<SVGGElement>('.jk-emotion-curve__series');
    expect(series).toHaveLength(2);
    expect(series[0]!.style.getPropertyValue('--jk-series-color')).toBe('#b4235a');
    expect(series[1]!.style.getPropertyValue('--jk-series-color')).toBe('');
    expect(series[1]!.getAttribute('data-tone')).toBe('user');
    expect(container.querySelectorAll('.jk-emotion-curve__line')[0]!.getAttribute('d')).toMatch(/^M/);
    // The marks of a series are combined paths, a subpath per mark: one ring per pain point.
    const rings = [...container.querySelectorAll('.jk-emotion-curve__pain-ring')].map((ring) => ring.getAttribute('d')!.match(/M/g)!.length);
    expect(rings).toEqual([1]); // “Price talk”, Claudia Wenger's only pain point; Ben Otto has none, so no ring path
    expect(container.querySelectorAll('.jk-emotion-curve__grid-line')).toHaveLength(5);
  });

  it('never applies an unsafe colour: a document carrying one is refused, naming the field', () => {
    render(<EmotionCurve journey={{ ...document, personas: [document.personas[0]!, { ...document.personas[1]!, color: 'red;background:url(https://evil.test/x)' }] }} />);
    expect(screen.getByRole('alert')).toHaveTextContent('personas.1.color');
  });

  it('draws exactly a given layout’s emotion band', () => {
    const layout = { ...computeLayout(), emotion: { ...computeLayout().emotion, series: computeLayout().emotion.series.slice(0, 1) } };
    const { container } = render(<EmotionCurve journey={journey} layout={layout} />);
    expect(container.querySelectorAll('.jk-emotion-curve__series')).toHaveLength(1);
    expect(container.querySelector('.jk-emotion-curve__line')!.getAttribute('d')).toBe(layout.emotion.series[0]!.path);
    expect(container.querySelector('.jk-emotion-curve__phases')).toBeNull();
  });

  it('speaks German, shows JourneyError for an invalid document, and passes props through', () => {
    const { rerender } = render(<EmotionCurve journey={journey} locale="de" className="mine" data-testid="curve" />);
    expect(screen.getByRole('img', { name: 'Emotionskurve' })).toHaveAccessibleDescription(/Tiefpunkt −2 bei „Price talk“/);
    expect(screen.getByTestId('curve')).toHaveClass('jk-root', 'jk-emotion-curve', 'mine');
    rerender(<EmotionCurve journey={{ version: 1, id: 'x' }} />);
    expect(screen.getByRole('alert')).toHaveTextContent('This journey cannot be shown');
  });

  it('says so when nothing was recorded', () => {
    const blank = parseJourney({ ...document, touchpoints: document.touchpoints.map(({ emotion: _e, desiredEmotion: _d, painPoints: _p, ...rest }) => rest) });
    render(<EmotionCurve journey={blank} />);
    expect(screen.getByRole('img')).toHaveAccessibleDescription('No emotions recorded.');
    act(() => screen.getByRole('button', { name: /Not set/ }).focus());
    expect(screen.getByRole('toolbar')).toHaveTextContent('Not set');
  });
});

function computeLayout() {
  return computeJourneyLayout(journey);
}

const canvasOf = (container: HTMLElement) => container.querySelector<HTMLElement>('.jk-emotion-curve__canvas')!;

/**
 * Client coordinates of a persona's point at a touchpoint on a chart drawn from `layout` (jsdom
 * lays nothing out, so the canvas starts at 0, 0; with a given layout the chart's frame starts
 * 10 px above the band).
 */
function at(layout: ReturnType<typeof computeLayout>, personaId: string, touchpointId: string) {
  const point = layout.emotion.series.find((series) => series.personaId === personaId)!.points.find((entry) => entry.touchpointId === touchpointId)!;
  return { clientX: point.x, clientY: point.y! - (layout.emotion.y - 10) };
}
