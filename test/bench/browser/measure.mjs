/**
 * One run: one contender, one size, in a fresh browser context (1440 × 900, reduced motion so the
 * popover's fade-in does not count), driven through the page's `window.__bench` (pages/harness.ts).
 * A run that exceeds its cap is closed and reported as a timeout with the step it was in.
 */
import { chromium } from 'playwright-core';
import { join } from 'node:path';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** As in test/chromium.ts (off the closed network), plus no throttling of the benchmark's timers. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];
export const VIEWPORT = { width: 1440, height: 900 };

export function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/**
 * A fresh context as every benchmark run has (viewport, 1:1 pixels, reduced motion) with `url`
 * loaded and its `window.__bench` ready; `initScript` (a function) runs in the page before its scripts.
 */
export async function openBenchPage(browser, url, { initScript } = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, reducedMotion: 'reduce' });
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__bench?.ready === true);
  return { context, page };
}

/**
 * The URL of the journeykit page at one of the benchmark's sizes, for the tools beside the runner:
 * `typical` (12 phases × 10 personas × 200 touchpoints) or a touchpoint count (8 personas, 6
 * phases), seed 42, the filter step hiding `persona-2`.
 */
export function journeykitUrl(origin, size = 'typical') {
  const shape = size === 'typical' ? 'touchpoints=200&personas=10&phases=12' : `touchpoints=${Number(size)}&personas=8&phases=6`;
  return `${origin}/journeykit.html?${shape}&seed=42&hide=persona-2`;
}

/** The DOM a real mount of `url` produces (the page's `#app` inner HTML), to set as static HTML elsewhere. */
export async function mountedMarkup(browser, url) {
  const { context, page } = await openBenchPage(browser, url);
  await page.evaluate(() => window.__bench.mount());
  const markup = await page.evaluate(() => document.getElementById('app').innerHTML);
  await context.close();
  return markup;
}

class RunTimeout extends Error {}

function within(ms, promise, step) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new RunTimeout(`timeout in ${step()}`)), ms);
    }),
  ]);
}

async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/**
 * No DOM item to click (a canvas): click a grid of points in the page's probe area until a popover
 * opens (a 10 × 6 grid, not timed), close it, and return that point; the measured click there must
 * show a popover (any: the view may have scrolled a little) and is the second open of a touchpoint.
 */
export async function probeForTarget(page, result) {
  const area = await page.evaluate(() => window.__bench.probeArea());
  if (!area) return null;
  // An even grid of 10 × 6 points, row by row from the top.
  const columns = 10;
  const rows = 6;
  let probes = 0;
  for (let row = 0; row < rows; row += 1)
    for (let column = 0; column < columns; column += 1) {
      const x = area.left + ((column + 0.5) * (area.right - area.left)) / columns;
      const y = area.top + ((row + 0.5) * (area.bottom - area.top)) / rows;
      probes += 1;
      await page.mouse.click(x, y);
      await page.evaluate(() => window.__bench.twoFrames());
      const text = await page.evaluate(() => window.__bench.popoverText());
      if (!text) continue;
      await page.keyboard.press('Escape');
      await page.mouse.move(2, 2);
      await page.evaluate(() => window.__bench.closePopover());
      await page.evaluate(() => window.__bench.settle());
      result.clickProbes = probes;
      // Any popover counts (focus returning to the item may scroll the view a little between probe and measured click).
      return { x, y, expect: '', what: `point (${Math.round(x)}, ${Math.round(y)}) found by ${probes} probing clicks (first showed "${text.slice(0, 40)}")` };
    }
  result.clickProbes = probes;
  return null;
}

/**
 * Runs `contender` on `size` once; resolves with the raw figures (never rejects).
 * @param {{ browser: import('playwright-core').Browser, origin: string, contender: string, size: object, round: number, capMs: number, screenshotDir?: string, options?: Record<string,string> }} run
 */
export async function runOnce({ browser, origin, contender, size, round, capMs, screenshotDir, options = {} }) {
  const result = { contender, size: size.key, round, status: 'ok', step: 'start' };
  const query = new URLSearchParams({ touchpoints: String(size.touchpoints), personas: String(size.personas), phases: String(size.phases), seed: '42', hide: 'persona-2' });
  for (const [key, value] of Object.entries(options)) query.set(`opt.${key}`, value);
  const errors = [];
  const started = Date.now();
  let context;
  const shoot = async (page, name) => {
    if (!screenshotDir) return;
    result.screenshots ??= [];
    const path = join(screenshotDir, `${size.key}-${contender}-${name}.png`);
    await page.screenshot({ path, timeout: 20_000 });
    result.screenshots.push(path);
  };
  const steps = async () => {
    context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, reducedMotion: 'reduce' });
    const page = await context.newPage();
    let pageFailed;
    const failure = new Promise((_, reject) => {
      pageFailed = reject;
    });
    failure.catch(() => {});
    page.on('pageerror', (error) => {
      errors.push(String(error.message ?? error).slice(0, 300));
      if (result.step === 'load') pageFailed(new Error(`page error while loading: ${errors[0]}`)); // a broken page fails fast instead of waiting for the cap
    });
    page.on('crash', () => pageFailed(new Error('page crashed')));
    const cdp = await context.newCDPSession(page);

    result.step = 'load';
    await page.goto(`${origin}/${contender}.html?${query}`, { waitUntil: 'load', timeout: 0 });
    await Promise.race([page.waitForFunction(() => window.__bench?.ready === true, undefined, { timeout: 0, polling: 50 }), failure]);
    result.generateMs = await page.evaluate(() => window.__bench.generateMs);
    if (round <= 0) result.notes = await page.evaluate(() => window.__bench.notes); // what exactly is measured for this contender
    result.heapBeforeMount = await heapAfterGc(cdp);

    result.step = 'mount';
    result.mount = await Promise.race([page.evaluate(() => window.__bench.mount()), failure]);
    result.step = 'settle after mount';
    result.settleMs = await page.evaluate(() => window.__bench.settle());
    result.dom = await page.evaluate(() => window.__bench.domCount());
    result.countsAfterMount = await page.evaluate(() => window.__bench.counts());
    result.step = 'heap';
    result.heapAfterMount = await heapAfterGc(cdp);
    if (round === 0) await shoot(page, 'mount');

    result.step = 'click → popover';
    let target = await page.evaluate(() => window.__bench.clickTarget());
    if (!target) target = await probeForTarget(page, result);
    result.clickTarget = target;
    if (target) {
      await page.evaluate(([expect, timeout]) => window.__bench.armPopover(expect, timeout), [target.expect, Math.max(5_000, capMs / 2)]);
      await page.mouse.move(target.x, target.y);
      await page.mouse.down();
      await page.mouse.up();
      result.popover = await page.evaluate(() => window.__popover);
      result.event = await page.evaluate(() => window.__bench.longestEvent());
      if (round === 0) await shoot(page, 'popover');
      result.step = 'close popover';
      await page.keyboard.press('Escape');
      await page.mouse.move(2, 2);
      await page.evaluate(() => window.__bench.closePopover());
      await page.evaluate(() => window.__bench.settle());
    }

    result.step = 'persona filter';
    result.filter = await page.evaluate(() => window.__bench.hidePersona());
    await page.evaluate(() => window.__bench.settle());
    result.domAfterFilter = await page.evaluate(() => window.__bench.domCount());
    result.longFrameEnds = await page.evaluate(() => window.__bench.longFrameEnds());
    result.firstContentfulPaintMs = await page.evaluate(() => window.__bench.firstContentfulPaint());
    if (round === 0) await shoot(page, 'filtered');
    result.step = 'done';
  };
  try {
    await within(capMs, steps(), () => result.step);
  } catch (error) {
    result.status = error instanceof RunTimeout ? 'timeout' : 'failed';
    result.error = String(error?.message ?? error).split('\n')[0].slice(0, 300);
  }
  if (errors.length) result.pageErrors = errors.slice(0, 5);
  if (result.status === 'ok' && result.popover && !result.popover.ok) result.status = 'ok (popover not shown)';
  result.wallMs = Date.now() - started;
  // Closing a context whose page is stuck in a long task can hang: give it 15 s, then the caller relaunches the browser.
  const closed = await within(15_000, (context?.close() ?? Promise.resolve()).then(() => true), () => 'close').catch(() => false);
  result.browserHealthy = closed;
  return result;
}
