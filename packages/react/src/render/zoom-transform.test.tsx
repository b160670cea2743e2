import fc from 'fast-check';
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

describe('zoom limits, on generated limits and requests (fast-check)', () => {
  const limitsArb = fc
    .record({
      minScale: fc.double({ min: 0.05, max: 1, noNaN: true }),
      spread: fc.double({ min: 1, max: 40, noNaN: true }),
      v0: fc.integer({ min: 0, max: 400 }),
      viewWidth: fc.integer({ min: 1, max: 2000 }),
      contentWidth: fc.integer({ min: 1, max: 20_000 }),
    })
    .map(({ minScale, spread, v0, viewWidth, contentWidth }) => ({
      scale: [minScale, minScale * spread] as const,
      viewport: [v0, v0 + viewWidth] as const,
      content: [v0, v0 + contentWidth] as const,
    }));
  const request = { k: fc.double({ min: 0.001, max: 1000, noNaN: true }), x: fc.double({ min: -1e6, max: 1e6, noNaN: true }) };

  it('keeps the scale within its limits and the content covering the viewport', () => {
    fc.assert(
      fc.property(limitsArb, request.k, request.x, (limits, k, x) => {
        const t = constrainZoom(k, x, limits);
        const [v0, v1] = limits.viewport;
        const [c0, c1] = limits.content;
        const narrow = (c1 - c0) * t.k <= v1 - v0;
        expect(t.k).toBeGreaterThanOrEqual(limits.scale[0]);
        expect(t.k).toBeLessThanOrEqual(limits.scale[1]);
        const slack = 1e-9 * Math.max(1, Math.abs(t.x), Math.abs(c1 * t.k));
        if (narrow) expect(t.applyX(c0)).toBeCloseTo(v0, 6); // narrow content sits at the left edge
        else {
          // No gap before the content's start, none after its end.
          expect(t.applyX(c0)).toBeLessThanOrEqual(v0 + slack);
          expect(t.applyX(c1)).toBeGreaterThanOrEqual(v1 - slack);
        }
      }),
    );
  });

  it('leaves a transform that is within the limits as it is', () => {
    fc.assert(
      fc.property(limitsArb, request.k, request.x, (limits, k, x) => {
        const once = constrainZoom(k, x, limits);
        const twice = constrainZoom(once.k, once.x, limits);
        expect(twice.k).toBe(once.k);
        expect(twice.x).toBeCloseTo(once.x, 6);
      }),
    );
  });

  it('shows the anchor at the requested pixel whenever the edges allow it', () => {
    fc.assert(
      fc.property(limitsArb, request.k, fc.double({ min: 0, max: 1, noNaN: true }), (limits, k, where) => {
        const [v0, v1] = limits.viewport;
        const [c0, c1] = limits.content;
        const scale = Math.max(limits.scale[0], Math.min(limits.scale[1], k));
        const anchor = c0 + where * (c1 - c0);
        const at = v0 + where * (v1 - v0); // the same relative place: always reachable without leaving an edge uncovered
        const t = zoomAround(k, at, anchor, limits);
        expect(t.k).toBe(scale);
        if ((c1 - c0) * scale >= v1 - v0) expect(t.applyX(anchor)).toBeCloseTo(at, 6);
      }),
    );
  });
});
