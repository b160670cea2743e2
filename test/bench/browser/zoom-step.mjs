/**
 * The dense timeline's zoom step at a size (default 50,000 touchpoints, 8 personas, 6 phases):
 * in a fresh context per round, mount the benchmark's JourneyMap, switch it to the timeline and
 * click "Zoom in" twice; each step is timed from before the click to the paint after it (next
 * frame, then a task), as the benchmark times its steps. Prints figures, fails on nothing.
 *
 * `node test/bench/browser/zoom-step.mjs DIR [touchpoints]` with DIR a page build (see ab.mjs).
 */
import { launchBrowser, openBenchPage } from './measure.mjs';
import { serve } from './site.mjs';
const [dir, size = '50000'] = process.argv.slice(2);
const server = await serve(dir);
const browser = await launchBrowser();
for (let r = 0; r < 3; r++) {
  const { context, page } = await openBenchPage(browser, `${server.origin}/journeykit.html?touchpoints=${size}&personas=8&phases=6&seed=42&hide=persona-2`);
  await page.evaluate(() => window.__bench.mount());
  await page.evaluate(() => window.__bench.settle());
  const timed = async (fn) => {
    await page.evaluate(() => { window.__t0 = performance.now(); });
    await fn();
    return page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(() => done(performance.now() - window.__t0), 0))));
  };
  const toTimeline = await timed(() => page.getByRole('button', { name: 'Timeline' }).click());
  await page.evaluate(() => window.__bench.settle());
  const zoomIn = await timed(() => page.getByRole('button', { name: 'Zoom in' }).click());
  await page.evaluate(() => window.__bench.settle());
  const zoomIn2 = await timed(() => page.getByRole('button', { name: 'Zoom in' }).click());
  const marks = await page.evaluate(() => document.querySelector('.jk-dense canvas')?.dataset.marks);
  console.log(`switch to timeline ${toTimeline.toFixed(0)} ms, zoom in ${zoomIn.toFixed(0)} ms, again ${zoomIn2.toFixed(0)} ms (marks drawn ${marks})`);
  await context.close();
}
await browser.close(); await server.close();
