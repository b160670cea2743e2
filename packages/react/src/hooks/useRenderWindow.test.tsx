import { render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { renderToString } from 'react-dom/server';
import { renderWindowFor, useRenderWindow, type RenderWindow } from './useRenderWindow';

describe('renderWindowFor', () => {
  it('adds a margin of a quarter view on every side, snapped to quarter-view steps', () => {
    expect(renderWindowFor(0, 0, 1200, 800)).toEqual({ x: -300, y: -200, width: 2100, height: 1400 });
    // Anywhere inside one step gives the same window: a scroll re-renders only across a step.
    expect(renderWindowFor(299, 199, 1200, 800)).toEqual(renderWindowFor(0, 0, 1200, 800));
    expect(renderWindowFor(300, 0, 1200, 800)).toEqual({ x: 0, y: -200, width: 2100, height: 1400 });
  });

  it('always covers the view with at least a quarter view (and 160 px) to spare on each side', () => {
    for (const [left, top, width, height] of [
      [0, 0, 1200, 800],
      [5123, 777, 1438, 702],
      [90, 10, 300, 120],
    ] as const) {
      const area = renderWindowFor(left, top, width, height);
      const marginX = Math.max(160, width / 4);
      const marginY = Math.max(160, height / 4);
      expect(area.x).toBeLessThanOrEqual(left - marginX);
      expect(area.x + area.width).toBeGreaterThanOrEqual(left + width + marginX);
      expect(area.y).toBeLessThanOrEqual(top - marginY);
      expect(area.y + area.height).toBeGreaterThanOrEqual(top + height + marginY);
    }
  });
});

function Probe({ enabled = true }: { enabled?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  const window: RenderWindow = useRenderWindow(ref, enabled);
  return (
    <div ref={ref} data-testid="viewport">
      {typeof window === 'string' ? window : 'rect'}
    </div>
  );
}

describe('useRenderWindow', () => {
  it('renders everything on the server, where nothing can be measured', () => {
    expect(renderToString(<Probe />)).toContain('all');
  });

  it('renders everything when the viewport has no size (hidden, or a DOM without layout)', () => {
    render(<Probe />);
    expect(screen.getByTestId('viewport').textContent).toBe('all');
  });

  it('renders everything when disabled', () => {
    render(<Probe enabled={false} />);
    expect(screen.getByTestId('viewport').textContent).toBe('all');
  });
});
