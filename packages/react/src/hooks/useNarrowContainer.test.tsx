import { render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { COMPACT_LANE_HEADER_WIDTH, laneHeaderDensity, laneHeaderWidthFor, useNarrowContainer } from './useNarrowContainer';

describe('laneHeaderWidthFor', () => {
  it("takes the caller's width first, then the compact width in a narrow container, else the default", () => {
    expect(laneHeaderWidthFor(180, true, 232)).toBe(180);
    expect(laneHeaderWidthFor(undefined, true, 232)).toBe(COMPACT_LANE_HEADER_WIDTH);
    expect(laneHeaderWidthFor(undefined, false, 232)).toBe(232);
  });
});

describe('laneHeaderDensity', () => {
  it('shows compact content below 170 px, whoever chose the width', () => {
    expect(laneHeaderDensity(COMPACT_LANE_HEADER_WIDTH)).toBe('compact');
    expect(laneHeaderDensity(169)).toBe('compact');
    expect(laneHeaderDensity(170)).toBe('full');
    expect(laneHeaderDensity(232)).toBe('full');
  });
});

function Probe({ enabled = true }: { enabled?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  const narrow = useNarrowContainer(ref, enabled);
  return (
    <div ref={ref} data-testid="box">
      {narrow ? 'narrow' : 'wide'}
    </div>
  );
}

describe('useNarrowContainer', () => {
  it('answers wide where nothing can be measured (jsdom lays nothing out), enabled or not', () => {
    render(<Probe />);
    expect(screen.getByTestId('box').textContent).toBe('wide');
    render(<Probe enabled={false} />);
    expect(screen.getAllByTestId('box')[1]!.textContent).toBe('wide');
  });
});
