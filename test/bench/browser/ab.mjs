/**
 * Interleaved A/B of two builds of the benchmark pages, for changes too small for separate
 * benchmark runs (browser timings swing ±30 % between runs on a 2-core machine). Per round and
 * build, a fresh context on the typical map (12 phases × 10 personas × 200 touchpoints), reduced
 * motion as the benchmark runs: mount → paint, the first click → popover painted (the benchmark's
 * method), the longest Event Timing entry of that click, persona filter → paint. Prints medians.
 *
 * Build each side with `node -e "import('./test/bench/browser/site.mjs').then((m) => m.buildSite('DIR'))"`
 * (after `pnpm build` of that code), then: `node test/bench/browser/ab.mjs DIR_A DIR_B [rounds=8] [touchpoints]`
 * (with a touchpoint count, e.g. 50000: that size with 8 personas and 6 phases, as the benchmark).
 */
import { journeykitUrl, launchBrowser, openBenchPage, probeForTarget } from './measure.mjs';
import { serve } from './site.mjs';

const [dirA, dirB, roundsArg, sizeArg] = process.argv.slice(2);
if (!dirA || !dirB) throw new Error('usage: node test/bench/browser/ab.mjs DIR_A DIR_B [rounds]');
const dirs = [dirA, dirB];
const rounds = Number(roundsArg ?? 8);
const servers = await Promise.all(dirs.map((dir) => serve(dir)));
const browser = await launchBrowser();
const rows = dirs.map(() => []);
for (let round = 0; round < rounds; round++)
  for (const which of round % 2 ? [1, 0] : [0, 1]) {
    const { context, page } = await openBenchPage(browser, journeykitUrl(servers[which].origin, sizeArg));
    const mount = await page.evaluate(() => window.__bench.mount());
    await page.evaluate(() => window.__bench.settle());
    // A canvas (dense) view has no card to aim at: probe for a mark as the benchmark does.
    const target = (await page.evaluate(() => window.__bench.clickTarget())) ?? (await probeForTarget(page, {}));
    await page.evaluate(([expect]) => window.__bench.armPopover(expect, 5000), [target.expect]);
    await page.mouse.move(target.x, target.y);
    await page.mouse.down();
    await page.mouse.up();
    const popover = await page.evaluate(() => window.__popover);
    const event = await page.evaluate(() => window.__bench.longestEvent());
    await page.keyboard.press('Escape');
    await page.evaluate(() => window.__bench.closePopover());
    await page.evaluate(() => window.__bench.settle());
    const filter = await page.evaluate(() => window.__bench.hidePersona());
    rows[which].push({ mount: mount.paintMs, popover: popover.ms ?? Number.NaN, event: event?.duration ?? 0, filter: filter.paintMs });
    await context.close();
  }
const median = (list, key) => {
  const values = list.map((row) => row[key]).sort((a, b) => a - b);
  return Math.round(values[values.length >> 1]);
};
for (const [index, list] of rows.entries())
  console.log(`${dirs[index]}: ${['mount', 'popover', 'event', 'filter'].map((key) => `${key} ${median(list, key)} ms`).join(', ')} (mounts: ${list.map((row) => Math.round(row.mount)).join(' ')}; popovers: ${list.map((row) => Math.round(row.popover)).join(' ')})`);
await browser.close();
for (const server of servers) await server.close?.();
