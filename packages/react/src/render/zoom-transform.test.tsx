import { constrainZoom, zoomAround, zoomIdentity, ZoomTransform } from './zoom-transform';

const limits = { scale: [0.5, 4] as const, viewport: [0, 400] as const, content: [0, 800] as const };

describe('ZoomTransform', () => {
  it('maps content to pixels and back, horizontally only', () => {
    const t = new ZoomTransform(2, -100);
    expect(t.applyX(100)).toBe(100);
    expect(t.invertX(100)).toBe(100);
    expect(t.invertX(t.applyX(37))).toBe(37);
    expect(t.y).toBe(0);
    expect(zoomIdentity.applyX(5)).toBe(5);
  });
});

describe('constrainZoom', () => {
  it('clamps the scale', () => {
    expect(constrainZoom(10, 0, limits).k).toBe(4);
    expect(constrainZoom(0.1, 0, limits).k).toBe(0.5);
  });

  it('stops panning at both edges of the content', () => {
    expect(constrainZoom(1, 50, limits).x).toBe(0); // no gap before the content
    expect(constrainZoom(1, -1000, limits).x).toBe(-400); // the content's end stays at the viewport's end
    expect(constrainZoom(2, -900, limits).x).toBe(-900);
  });

  it('keeps content narrower than the viewport at its left edge', () => {
    expect(constrainZoom(0.5, 120, limits).x).toBe(0);
    expect(constrainZoom(1, 30, { ...limits, content: [0, 200] }).x).toBe(0);
  });

  it('respects an inset viewport (a sticky header column before it)', () => {
    const inset = { scale: [1, 8] as const, viewport: [100, 500] as const, content: [100, 900] as const };
    const t = constrainZoom(2, 5000, inset);
    expect(t.applyX(100)).toBe(100);
  });
});

describe('zoomAround', () => {
  it('shows the anchor at the given pixel at the new scale', () => {
    const t = zoomAround(2, 200, 150, limits);
    expect(t.k).toBe(2);
    expect(t.applyX(150)).toBe(200);
  });

  it('clamps the scale before placing the anchor', () => {
    const t = zoomAround(100, 200, 150, limits);
    expect(t.k).toBe(4);
    expect(t.applyX(150)).toBe(200);
  });
});
