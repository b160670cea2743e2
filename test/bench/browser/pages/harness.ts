/**
 * The in-page half of the browser benchmark, shared by every contender's page. The page generates
 * the journey with the seeded generator (not timed), then waits for `run.mjs` to drive it through
 * `window.__bench`: mount → paint, click → popover painted, persona filter → paint.
 *
 * "Painted" = the first task after the rendering update of the frame that shows the change:
 * `requestAnimationFrame` (the frame's rendering steps start) + a user-blocking task (runs right
 * after that frame's style, layout and paint, ahead of other queued tasks). It is the main
 * thread's paint (the frame is committed to the compositor), not the moment pixels reach a screen.
 */
import type { JourneyDocument } from '@journeykit/core';
import { generateJourney } from '@journeykit/core/samples';

/** What the runner asked for, from the page's query string. */
export interface BenchParams {
  touchpoints: number;
  personas: number;
  phases: number;
  seed: number;
  /** The persona the filter hides. */
  hidePersona: string;
  /** Extra options for a contender (journeykit: `density`). */
  options: Record<string, string>;
}

/** A point to click and the text the popover must then show. */
export interface ClickTarget {
  x: number;
  y: number;
  /** Text the opened popover / tooltip must contain (validation). */
  expect: string;
  /** What was targeted, for the report. */
  what: string;
}

/** What is on screen, to check that a filter really hid something. */
export interface VisibleCounts {
  /** Persona lanes / groups / lines shown. */
  lanes: number;
  /** Touchpoint items (cards, timeline items, dots) in the DOM. */
  items: number;
}

/** One contender: renders the document and performs the interactions; each call resolves once its DOM update is committed. */
export interface Contender {
  name: string;
  /** Renders `document` into `container`; resolves after its first commit. */
  mount(container: HTMLElement, document: JourneyDocument, params: BenchParams): Promise<void>;
  /** Whether the data is on screen (some libraries commit an empty frame first, then draw). */
  complete(): boolean;
  /** Hides one persona (lane / group / line); resolves after the commit. */
  hidePersona(personaId: string): Promise<void>;
  /** A touchpoint to click, brought into the viewport (not timed), or `null` with no clickable item. */
  clickTarget(): Promise<ClickTarget | null> | ClickTarget | null;
  /** The text of the popover / tooltip if it is open and visible now, else `null`. */
  popoverText(): string | null;
  /**
   * Where to look for a touchpoint by clicking when `clickTarget()` finds no DOM item (a canvas):
   * the runner clicks a grid of points in this rectangle until a popover opens, closes it, then
   * measures a click on that point. Brought into the viewport (not timed).
   */
  probeArea?(): { left: number; top: number; right: number; bottom: number } | null;
  /** Closes the popover (Escape, click elsewhere…) if it can. */
  closePopover?(): Promise<void> | void;
  /** Lanes and items on screen. */
  counts(): VisibleCounts;
  /** Whether the persona is hidden now, given the counts before (default: fewer lanes). */
  hiddenNow?(before: VisibleCounts): boolean;
  /** Notes on what exactly is measured for this contender (shown in the report). */
  notes: Record<string, string>;
}

/** Resolves once `predicate()` holds, checked now and after each batch of DOM mutations (or `null` after `timeoutMs`). */
export function when(predicate: () => boolean, timeoutMs = 60_000): Promise<boolean> {
  if (predicate()) return Promise.resolve(true);
  return new Promise((resolve) => {
    let done = false;
    const finish = (value: boolean) => {
      if (done) return;
      done = true;
      observer.disconnect();
      clearTimeout(timer);
      resolve(value);
    };
    const observer = new MutationObserver(() => {
      if (predicate()) finish(true);
    });
    const timer = setTimeout(() => finish(false), timeoutMs);
    observer.observe(document.body, { subtree: true, childList: true, attributes: true });
    // Canvas drawing mutates no DOM: check once per frame as well.
    const everyFrame = () => {
      if (done) return;
      if (predicate()) finish(true);
      else requestAnimationFrame(everyFrame);
    };
    requestAnimationFrame(everyFrame);
  });
}

type PostTask = (callback: () => void, options: { priority: 'user-blocking' }) => Promise<void>;
const postTask = (globalThis as unknown as { scheduler?: { postTask?: PostTask } }).scheduler?.postTask?.bind((globalThis as unknown as { scheduler: object }).scheduler);

/**
 * Runs `callback` in the first task after the current frame's rendering: a user-blocking
 * `scheduler.postTask` (it runs before tasks queued earlier at normal priority, such as React's
 * passive effects, which would otherwise delay the marker past the paint), else a `MessageChannel` message.
 */
function nextTask(callback: () => void): void {
  if (postTask) {
    void postTask(callback, { priority: 'user-blocking' });
    return;
  }
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    callback();
  };
  channel.port2.postMessage(0);
}

/** Resolves with `performance.now()` right after the next frame is painted. */
export function afterPaint(): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => nextTask(() => resolve(performance.now())));
  });
}

/** Whether an element is in the layout, inside the viewport and neither transparent nor hidden. */
export function isShown(element: Element | null): element is HTMLElement {
  if (!element) return false;
  const rect = element.getBoundingClientRect();
  if (rect.width < 1 || rect.height < 1) return false;
  if (rect.bottom <= 0 || rect.right <= 0 || rect.top >= innerHeight || rect.left >= innerWidth) return false;
  for (let node: Element | null = element; node; node = node.parentElement) {
    const style = getComputedStyle(node);
    if (style.visibility === 'hidden' || style.display === 'none' || Number(style.opacity) === 0) return false;
  }
  return true;
}

/** Whether the rectangle of `element` lies fully inside the viewport (and inside `within`, if given). */
export function fullyVisible(element: Element, within?: Element | null): boolean {
  const rect = element.getBoundingClientRect();
  if (rect.width < 4 || rect.height < 4) return false;
  const box = within?.getBoundingClientRect() ?? { top: 0, left: 0, right: innerWidth, bottom: innerHeight };
  return rect.top >= Math.max(0, box.top) && rect.left >= Math.max(0, box.left) && rect.bottom <= Math.min(innerHeight, box.bottom) && rect.right <= Math.min(innerWidth, box.right);
}

function readParams(): BenchParams {
  const query = new URLSearchParams(location.search);
  const number = (key: string, fallback: number) => {
    const value = Number(query.get(key));
    return Number.isFinite(value) && query.has(key) ? value : fallback;
  };
  const options: Record<string, string> = {};
  for (const [key, value] of query) if (key.startsWith('opt.')) options[key.slice(4)] = value;
  return {
    touchpoints: number('touchpoints', 200),
    personas: number('personas', 8),
    phases: number('phases', 6),
    seed: number('seed', 42),
    hidePersona: query.get('hide') ?? 'persona-2',
    options,
  };
}

const domCount = () => document.getElementsByTagName('*').length;

/** Wires `contender` to `window.__bench` for `run.mjs`. */
export function installBench(contender: Contender): void {
  const params = readParams();
  const generateStart = performance.now();
  const journey = generateJourney({ seed: params.seed, touchpoints: params.touchpoints, personas: params.personas, phases: params.phases });
  const generateMs = performance.now() - generateStart;
  const container = document.getElementById('app')!;
  let gestureStart: number | null = null;
  const onPointer = (event: Event) => {
    if (gestureStart === null) gestureStart = event.timeStamp;
  };
  const eventEntries: PerformanceEventTiming[] = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) eventEntries.push(entry as PerformanceEventTiming);
  }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);

  // Cross-check of the paint marker: the end of the last long animation frame (> 50 ms) before it.
  const frames: PerformanceEntry[] = [];
  try {
    new PerformanceObserver((list) => frames.push(...list.getEntries())).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // no Long Animation Frames API: the cross-check stays null
  }
  const lastFrameEnd = (from: number, to: number): number | null => {
    const ends = frames.map((frame) => frame.startTime + frame.duration).filter((end) => end > from && end <= to + 2);
    return ends.length ? Math.max(...ends) - from : null;
  };

  const marks: Record<string, [number, number]> = {};

  const bench = {
    ready: true,
    /** For mount and filter: end of the last long animation frame before the paint marker (call a moment later: entries arrive late). */
    longFrameEnds: () => Object.fromEntries(Object.entries(marks).map(([name, [from, to]]) => [name, lastFrameEnd(from, to)])),
    /** First contentful paint after mount start (the page is empty before the mount, so this is the mount's first paint as Chromium reports it). */
    firstContentfulPaint: () => {
      const entry = performance.getEntriesByName('first-contentful-paint')[0];
      return entry && marks.mount ? entry.startTime - marks.mount[0] : null;
    },
    contender: contender.name,
    notes: contender.notes,
    params,
    generateMs,
    domCount,
    counts: () => contender.counts(),
    async mount() {
      const start = performance.now();
      await contender.mount(container, journey, params);
      const firstCommit = performance.now();
      const complete = await when(() => contender.complete());
      const committed = performance.now();
      const painted = await afterPaint();
      const domAtPaint = domCount();
      marks.mount = [start, painted];
      return { firstCommitMs: firstCommit - start, commitMs: committed - start, paintMs: painted - start, domAtPaint, complete };
    },
    /** Waits until nothing changes in the DOM for `quietMs` (or `maxMs` passed), then one more painted frame. */
    async settle(quietMs = 150, maxMs = 5_000) {
      const start = performance.now();
      let last = performance.now();
      const observer = new MutationObserver(() => {
        last = performance.now();
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      while (performance.now() - last < quietMs && performance.now() - start < maxMs) await new Promise((resolve) => setTimeout(resolve, 25));
      observer.disconnect();
      await afterPaint();
      return performance.now() - start;
    },
    async clickTarget() {
      const target = await contender.clickTarget();
      await afterPaint();
      return target;
    },
    async probeArea() {
      const area = contender.probeArea?.() ?? null;
      await afterPaint();
      return area;
    },
    popoverText: () => contender.popoverText(),
    /** Two painted frames: time for a probing click to open its popover. */
    twoFrames: () => afterPaint().then(afterPaint),
    /**
     * Arms the popover watch: the next pointer event's timestamp starts the clock; every frame
     * checks whether the popover shows `expect`; the paint of the first frame that does stops it.
     */
    armPopover(expect: string, timeoutMs: number) {
      gestureStart = null;
      eventEntries.length = 0;
      for (const type of ['pointerover', 'pointermove', 'pointerdown']) window.addEventListener(type, onPointer, { capture: true, passive: true });
      const startedAt = performance.now();
      (window as unknown as { __popover: Promise<unknown> }).__popover = new Promise((resolve) => {
        const check = () => {
          const text = gestureStart === null ? null : contender.popoverText();
          if (text !== null && text.includes(expect)) {
            nextTask(() => {
              const painted = performance.now();
              for (const type of ['pointerover', 'pointermove', 'pointerdown']) window.removeEventListener(type, onPointer, { capture: true });
              resolve({ ok: true, ms: painted - gestureStart!, text: text.slice(0, 200) });
            });
          } else if (performance.now() - startedAt > timeoutMs) {
            resolve({ ok: false, ms: null, text: contender.popoverText()?.slice(0, 200) ?? null, gestureSeen: gestureStart !== null });
          } else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      });
      return true;
    },
    /** The longest Event Timing entry (≥ 16 ms) since the popover watch was armed, or `null` when none reached 16 ms. */
    longestEvent() {
      const entries = eventEntries.filter((entry) => gestureStart === null || entry.startTime >= gestureStart - 1);
      if (entries.length === 0) return null;
      const longest = entries.reduce((a, b) => (b.duration > a.duration ? b : a));
      return { name: longest.name, duration: longest.duration, processing: longest.processingEnd - longest.processingStart, inputDelay: longest.processingStart - longest.startTime, all: entries.map((entry) => `${entry.name}:${entry.duration}`) };
    },
    async closePopover() {
      await contender.closePopover?.();
      await afterPaint();
    },
    async hidePersona() {
      const before = contender.counts();
      const start = performance.now();
      await contender.hidePersona(params.hidePersona);
      const hidden = await when(() => (contender.hiddenNow ? contender.hiddenNow(before) : contender.counts().lanes < before.lanes), 30_000);
      const committed = performance.now();
      const painted = await afterPaint();
      marks.filter = [start, painted];
      return { commitMs: committed - start, paintMs: painted - start, hidden, before, after: contender.counts() };
    },
  };
  (window as unknown as { __bench: typeof bench }).__bench = bench;
}

/** A promise with its resolve function, for "resolve when React commits". */
export function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}
