import { createZoomController, type ZoomTransform } from './zoom-controller';

function setup(options: { minScale?: number; maxScale?: number; viewport?: [number, number] } = {}) {
  const element = document.createElement('div');
  document.body.append(element);
  const seen: ZoomTransform[] = [];
  const controller = createZoomController(element, { viewport: [0, 400], content: [0, 800], duration: 0, onZoom: (t) => seen.push(t), ...options });
  return { element, controller, seen, last: () => seen[seen.length - 1]! };
}

describe('createZoomController', () => {
  afterEach(() => document.body.replaceChildren());

  it('starts at the identity and lets vertical touch scrolling through', () => {
    const { element, controller } = setup();
    expect(controller.transform()).toMatchObject({ k: 1, x: 0, y: 0 });
    expect(element.style.touchAction).toBe('pan-y');
  });

  it('zoomBy scales around the viewport centre and reports the transform', () => {
    const { controller, last } = setup();
    controller.zoomBy(2);
    expect(last().k).toBe(2);
    expect(last().x).toBe(-200); // the centre (200) stays put: 200 − 200 · 2
    expect(last().y).toBe(0);
    expect(last().applyX(100)).toBe(0);
  });

  it('keeps the scale within its limits and the content covering the viewport', () => {
    const { controller, last } = setup({ minScale: 0.5, maxScale: 4 });
    controller.zoomBy(100);
    expect(last().k).toBe(4);
    controller.panBy(10_000);
    expect(last().x).toBe(0);
    controller.panBy(-10_000);
    expect(last().x).toBe(400 - 800 * 4);
    controller.setTransform({ k: 0.01, x: 0 });
    expect(last().k).toBe(0.5);
  });

  it('zooms around the centre of an inset viewport and keeps the content edge at its left edge', () => {
    const { controller, last } = setup({ viewport: [100, 500] });
    controller.update({ content: [100, 900] });
    controller.zoomBy(2);
    expect(last().k).toBe(2);
    expect(last().applyX(300)).toBe(300);
    controller.panBy(10_000);
    expect(last().applyX(100)).toBe(100);
  });

  it('reset returns to scale 1 without pan; update changes the limits', () => {
    const { controller, last } = setup();
    controller.zoomBy(3);
    controller.reset();
    expect(last()).toMatchObject({ k: 1, x: 0 });
    controller.update({ minScale: 2 });
    expect(last().k).toBe(2);
  });

  it('zooms on Ctrl+wheel and pans on a horizontal wheel; a plain vertical wheel is left alone', () => {
    const { element, last, seen } = setup();
    element.dispatchEvent(new WheelEvent('wheel', { deltaY: -100, ctrlKey: true, bubbles: true, cancelable: true }));
    expect(last().k).toBeGreaterThan(1);
    const count = seen.length;
    const vertical = new WheelEvent('wheel', { deltaY: 50, bubbles: true, cancelable: true });
    element.dispatchEvent(vertical);
    expect(seen.length).toBe(count);
    expect(vertical.defaultPrevented).toBe(false);
    const before = last().x;
    const horizontal = new WheelEvent('wheel', { deltaX: 40, bubbles: true, cancelable: true });
    element.dispatchEvent(horizontal);
    expect(horizontal.defaultPrevented).toBe(true);
    expect(last().x).toBe(before - 40);
  });

  it('destroy removes its listeners and restores the element', () => {
    const { element, controller, seen } = setup();
    const removed = vi.spyOn(element, 'removeEventListener');
    controller.destroy();
    const types = removed.mock.calls.map(([type]) => type);
    expect(types).toEqual(expect.arrayContaining(['wheel', 'pointerdown']));
    element.dispatchEvent(new WheelEvent('wheel', { deltaY: -100, ctrlKey: true, bubbles: true, cancelable: true }));
    element.dispatchEvent(new WheelEvent('wheel', { deltaX: 40, bubbles: true, cancelable: true }));
    expect(seen).toHaveLength(0);
    expect(element.style.touchAction).toBe('');
  });

  it('animates zoomBy over frames unless the user prefers reduced motion', async () => {
    const element = document.createElement('div');
    const seen: ZoomTransform[] = [];
    const controller = createZoomController(element, { viewport: [0, 400], content: [0, 800], duration: 400, onZoom: (t) => seen.push(t) });
    controller.zoomBy(2);
    await vi.waitFor(() => expect(seen[seen.length - 1]?.k).toBe(2));
    expect(seen.length).toBeGreaterThan(1);
    controller.zoomBy(2);
    controller.zoomBy(2); // a second click mid-animation zooms on from where the first was heading
    await vi.waitFor(() => expect(seen[seen.length - 1]?.k).toBe(8));
    controller.setTransform({ k: 2, x: -200 });
    const matchMedia = vi.spyOn(window, 'matchMedia').mockImplementation((query) => ({ matches: query.includes('reduce'), media: query }) as MediaQueryList);
    seen.length = 0;
    controller.zoomBy(2);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.k).toBe(4);
    matchMedia.mockRestore();
    controller.destroy();
  });
});
