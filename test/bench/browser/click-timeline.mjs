/**
 * Where a click → popover goes, event by event: the benchmark's gesture (the mouse moves onto a
 * touchpoint, presses, releases) with the time of each pointer event and the click, the moment the
 * popover's element enters the DOM (React's commit), every animation frame that follows, and the
 * benchmark's own figure (first pointer event → paint of the frame showing the popover). Times are
 * ms after the first pointer event's `timeStamp`, i.e. when Chromium received the input — the
 * benchmark's clock. Each round is a fresh context.
 *
 * What it showed in session 14: Chromium dispatches the first pointer event ~3–19 ms after it
 * arrived (moves are aligned to the next frame), the click ~7–32 ms after; on the typical map the
 * click's React work until the popover is in the DOM takes ~26–33 ms, on the dense 2k view
 * ~12–17 ms; the popover is painted in the next frame after that. A peer that shows a tooltip on
 * hover starts a frame earlier than any click can.
 *
 * `node test/bench/browser/click-timeline.mjs DIR [size=typical] [rounds=4]` with DIR a page build
 * (see ab.mjs) and size `typical` or a touchpoint count (8 personas, 6 phases, as the benchmark).
 */
import { journeykitUrl, launchBrowser, openBenchPage, probeForTarget } from './measure.mjs';
import { serve } from './site.mjs';

const [dir, sizeArg = 'typical', roundsArg] = process.argv.slice(2);
if (!dir) throw new Error('usage: node test/bench/browser/click-timeline.mjs DIR [typical|touchpoints] [rounds]');
const rounds = Number(roundsArg ?? 4);
const server = await serve(dir);
const browser = await launchBrowser();

for (let round = 0; round < rounds; round++) {
  const { context, page } = await openBenchPage(browser, journeykitUrl(server.origin, sizeArg));
  await page.evaluate(() => window.__bench.mount());
  await page.evaluate(() => window.__bench.settle());
  // A canvas (dense) view has no card to aim at: probe for a mark as the benchmark does.
  const target = (await page.evaluate(() => window.__bench.clickTarget())) ?? (await probeForTarget(page, {}));
  await page.evaluate(
    ([expect]) => {
      const log = [];
      window.__clickTimeline = log;
      let start = null;
      const popoverShown = () => document.querySelector('.jk-touchpoint-popover') !== null;
      for (const type of ['pointerover', 'pointermove', 'pointerdown', 'pointerup', 'click'])
        window.addEventListener(
          type,
          (event) => {
            start ??= event.timeStamp;
            log.push(`${type} ${(performance.now() - start).toFixed(1)}`);
          },
          { capture: true, passive: true },
        );
      let inDom = false;
      new MutationObserver(() => {
        if (start === null || inDom || !popoverShown()) return;
        inDom = true;
        log.push(`popover in DOM ${(performance.now() - start).toFixed(1)}`);
      }).observe(document.body, { childList: true, subtree: true });
      let framesAfterPopover = 0;
      const frame = () => {
        if (start !== null) log.push(`frame ${(performance.now() - start).toFixed(1)}`);
        if (inDom) framesAfterPopover += 1;
        if (framesAfterPopover < 2) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
      window.__bench.armPopover(expect, 5000);
    },
    [target.expect],
  );
  await page.mouse.move(target.x, target.y);
  await page.mouse.down();
  await page.mouse.up();
  const popover = await page.evaluate(() => window.__popover);
  const timeline = await page.evaluate(() => window.__clickTimeline);
  console.log(`round ${round + 1}: popover painted ${popover.ms?.toFixed(1) ?? '—'} ms | ${timeline.join(' | ')}`);
  await context.close();
}
await browser.close();
await server.close();
