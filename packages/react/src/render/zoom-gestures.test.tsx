import { createZoomController, type ZoomTransform } from './zoom-controller';

const controllers: { destroy(): void }[] = [];

/** A timeline viewport 400 px wide showing 800 px of content; jsdom boxes sit at 0, so clientX is the element's x. */
function setup() {
  const element = document.createElement('div');
  const item = document.createElement('button');
  element.append(item);
  document.body.append(element);
  const seen: ZoomTransform[] = [];
  const controller = createZoomController(element, { viewport: [0, 400], content: [0, 800], maxScale: 4, duration: 0, onZoom: (t) => seen.push(t) });
  controllers.push(controller);
  const onClick = vi.fn();
  item.addEventListener('click', onClick);
  return { element, item, controller, seen, onClick, last: () => seen[seen.length - 1] };
}

const pointer = (type: string, x: number, init: PointerEventInit = {}) =>
  new PointerEvent(type, { pointerId: 1, pointerType: 'mouse', clientX: x, clientY: 10, button: 0, bubbles: true, cancelable: true, ...init });

/** What a browser sends for a press at `from`, a move to `to` and a release there (click included). */
function drag(target: Element, from: number, to: number, init: PointerEventInit = {}) {
  target.dispatchEvent(pointer('pointerdown', from, init));
  target.dispatchEvent(pointer('pointermove', to, init));
  target.dispatchEvent(pointer('pointerup', to, init));
  target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, clientX: to }));
}

describe('zoom gestures', () => {
  afterEach(() => {
    for (const controller of controllers.splice(0)) controller.destroy();
    document.body.replaceChildren();
  });

  it('pans with a mouse drag and does not click what the drag started on', () => {
    const { item, controller, last, onClick } = setup();
    controller.setTransform({ k: 2, x: -200 });
    drag(item, 100, 160);
    expect(last()?.x).toBe(-140);
    expect(onClick).not.toHaveBeenCalled();
  });

  it('lets a click through when the pointer (nearly) stood still', () => {
    const { item, seen, onClick } = setup();
    drag(item, 100, 102);
    drag(item, 100, 100);
    expect(onClick).toHaveBeenCalledTimes(2);
    expect(seen).toHaveLength(0); // at scale 1 the content already fills the viewport: nothing to pan
  });

  it('ignores the secondary button and Ctrl+press (a context menu on macOS)', () => {
    const { item, controller, seen } = setup();
    controller.setTransform({ k: 2, x: -200 });
    seen.length = 0;
    drag(item, 100, 160, { button: 2 });
    drag(item, 100, 160, { ctrlKey: true });
    expect(seen).toHaveLength(0);
  });

  it('keeps text from being selected while dragging, and only then', () => {
    const { element } = setup();
    element.dispatchEvent(pointer('pointerdown', 100));
    const during = new Event('selectstart', { bubbles: true, cancelable: true });
    element.dispatchEvent(during);
    element.dispatchEvent(pointer('pointerup', 100));
    const after = new Event('selectstart', { bubbles: true, cancelable: true });
    element.dispatchEvent(after);
    expect(during.defaultPrevented).toBe(true);
    expect(after.defaultPrevented).toBe(false);
  });

  it('pinch-zooms with two fingers around their midpoint', () => {
    const { element, last } = setup();
    const touch = (type: string, id: number, x: number) => element.dispatchEvent(pointer(type, x, { pointerId: id, pointerType: 'touch' }));
    touch('pointerdown', 1, 150);
    touch('pointerdown', 2, 250); // midpoint 200 shows content at 200
    touch('pointermove', 1, 100);
    touch('pointermove', 2, 300); // twice the distance
    expect(last()?.k).toBe(2);
    expect(last()?.applyX(200)).toBe(200);
    touch('pointerup', 2, 300);
    touch('pointermove', 1, 50); // one finger left: it pans on at the new scale, the content under it (150) follows it
    expect(last()?.k).toBe(2);
    expect(last()?.applyX(150)).toBe(50);
    touch('pointerup', 1, 50);
  });

  it('zooms on Ctrl+wheel around the pointer and leaves the wheel to the page at the limit', () => {
    const { element, last } = setup();
    const wheel = (deltaY: number) => {
      const event = new WheelEvent('wheel', { deltaY, clientX: 100, ctrlKey: true, bubbles: true, cancelable: true });
      element.dispatchEvent(event);
      return event;
    };
    expect(wheel(-50).defaultPrevented).toBe(true);
    expect(last()?.k).toBeCloseTo(2); // 2^(50 · 0.002 · 10)
    expect(last()?.applyX(100)).toBeCloseTo(100);
    expect(wheel(-200).defaultPrevented).toBe(true); // the same wheel gesture: still ours at the limit
    expect(last()?.k).toBe(4);
  });

  it('passes Ctrl+wheel on to the page when no zoom gesture runs and the scale cannot change', async () => {
    const { element, controller } = setup();
    controller.setTransform({ k: 4, x: 0 });
    const event = new WheelEvent('wheel', { deltaY: -50, ctrlKey: true, bubbles: true, cancelable: true });
    element.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
  });

  it('ends a drag on pointercancel without swallowing a later click', () => {
    const { item, controller, onClick, last } = setup();
    controller.setTransform({ k: 2, x: -200 });
    item.dispatchEvent(pointer('pointerdown', 100));
    item.dispatchEvent(pointer('pointermove', 130));
    item.dispatchEvent(pointer('pointercancel', 130));
    expect(last()?.x).toBe(-170);
    item.dispatchEvent(pointer('pointermove', 300));
    expect(last()?.x).toBe(-170);
    item.click();
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('stops following a drag once destroyed', () => {
    const { item, controller, seen } = setup();
    controller.setTransform({ k: 2, x: -200 });
    seen.length = 0;
    item.dispatchEvent(pointer('pointerdown', 100));
    controller.destroy();
    item.dispatchEvent(pointer('pointermove', 160));
    expect(seen).toHaveLength(0);
  });
});
