/**
 * Which components render for one interaction: the typical map (or a size) is mounted, then a
 * click on its first touchpoint (`click`) or — after that popover is closed — one ArrowRight
 * (`key`); every React commit of the interaction lists the components whose function ran, with
 * counts. Read through a stand-in React DevTools hook (`__REACT_DEVTOOLS_GLOBAL_HOOK__`, installed
 * before the page's scripts): a fiber counts when it is not the same object as in the commit
 * before (React cloned it, so it was visited) and carries React's PerformedWork flag. That reads
 * React internals: a development aid, checked against React 19; it may need a change with React.
 *
 * Session 14: a click on a card rendered 108 components, among them every phase header and lane
 * header with its persona card; with those memoised, 66 (the popover's own parts, the curve, the
 * two cards whose state changed) — a roving focus step renders 13.
 *
 * `node test/bench/browser/renders.mjs DIR [click|key] [typical|touchpoints]` with DIR a page build
 * (see ab.mjs; names are readable in a build with `JK_BENCH_MINIFY=0`).
 */
import { journeykitUrl, launchBrowser, openBenchPage, probeForTarget } from './measure.mjs';
import { serve } from './site.mjs';

const [dir, action = 'click', size = 'typical'] = process.argv.slice(2);
if (!dir || !['click', 'key'].includes(action)) throw new Error('usage: node test/bench/browser/renders.mjs DIR [click|key] [typical|touchpoints]');
const server = await serve(dir);
const browser = await launchBrowser();

/** Installed in the page before React: after each commit, the components that rendered in it (while `__recordRenders` is on). */
function installRenderLog() {
  const PERFORMED_WORK = 1;
  let previous = new WeakSet();
  window.__renders = [];
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject: () => 1,
    checkDCE() {},
    onScheduleFiberRoot() {},
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    onCommitFiberRoot(_id, root) {
      const seen = new WeakSet();
      const counts = {};
      const nameOf = (type) => (typeof type === 'function' ? type.displayName || type.name : type.displayName || type.render?.name || type.type?.name) || 'anonymous';
      const visit = (fiber) => {
        for (; fiber; fiber = fiber.sibling) {
          seen.add(fiber);
          const rendered = !previous.has(fiber) && (fiber.flags & PERFORMED_WORK) !== 0 && fiber.type !== null && typeof fiber.type !== 'string';
          if (rendered && window.__recordRenders) counts[nameOf(fiber.type)] = (counts[nameOf(fiber.type)] ?? 0) + 1;
          visit(fiber.child);
        }
      };
      visit(root.current.child);
      previous = seen;
      if (window.__recordRenders) window.__renders.push(counts);
    },
  };
}

const { context, page } = await openBenchPage(browser, journeykitUrl(server.origin, size), { initScript: installRenderLog });
await page.evaluate(() => window.__bench.mount());
await page.evaluate(() => window.__bench.settle());
const target = (await page.evaluate(() => window.__bench.clickTarget())) ?? (await probeForTarget(page, {}));
if (action === 'key') {
  await page.mouse.click(target.x, target.y);
  await page.evaluate(() => window.__bench.settle());
  await page.keyboard.press('Escape');
  await page.evaluate(() => window.__bench.settle());
}
await page.evaluate(() => {
  window.__recordRenders = true;
});
if (action === 'click') await page.mouse.click(target.x, target.y);
else await page.keyboard.press('ArrowRight');
await page.evaluate(() => window.__bench.settle());
const commits = await page.evaluate(() => window.__renders);
console.log(`${action} on ${target.what ?? 'the first touchpoint'}: ${commits.length} commits`);
commits.forEach((counts, index) => {
  const entries = Object.entries(counts).sort((a, b) => b[1] - a[1]);
  console.log(`commit ${index + 1}: ${entries.reduce((sum, [, count]) => sum + count, 0)} components — ${entries.map(([name, count]) => `${name} ×${count}`).join(', ')}`);
});
await context.close();
await browser.close();
await server.close();
