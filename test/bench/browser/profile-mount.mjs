/**
 * A CPU profile of the mount (V8 sampling profiler over CDP, 200 µs), summed over fresh contexts:
 * the functions with the most inclusive time and the most self time. Build the pages unminified
 * for readable names — `JK_BENCH_MINIFY=0 node -e "import('./test/bench/browser/site.mjs').then((m) => m.buildSite('DIR'))"` —
 * and never report figures from such a build (the profiler and the unminified code both slow it).
 * Self time of a function that reads layout (`clientWidth`, `getBoundingClientRect`) includes the
 * style + layout it forces: `measure` in `useRenderWindow` is the page's first style + layout.
 *
 * `node test/bench/browser/profile-mount.mjs DIR [rounds=3] [touchpoints]` (with a touchpoint
 * count: that size with 8 personas and 6 phases, as the benchmark; default the typical map).
 */
import { journeykitUrl, launchBrowser, openBenchPage } from './measure.mjs';
import { serve } from './site.mjs';

const [dir, roundsArg, sizeArg] = process.argv.slice(2);
if (!dir) throw new Error('usage: node test/bench/browser/profile-mount.mjs DIR [rounds] [touchpoints]');
const rounds = Number(roundsArg ?? 3);
const server = await serve(dir);
const browser = await launchBrowser();
const inclusive = new Map();
const self = new Map();
const mounts = [];
const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);

for (let round = 0; round < rounds; round++) {
  const { context, page } = await openBenchPage(browser, journeykitUrl(server.origin, sizeArg));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  mounts.push((await page.evaluate(() => window.__bench.mount())).paintMs);
  const { profile } = await cdp.send('Profiler.stop');
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const nameOf = ({ callFrame: frame }) => `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber + 1}`;
  profile.samples.forEach((id, index) => {
    const ms = (profile.timeDeltas[index + 1] ?? 0) / 1000 / rounds;
    add(self, nameOf(nodes.get(id)), ms);
    const seen = new Set();
    for (let current = id; current !== undefined; current = parentOf.get(current)) {
      const name = nameOf(nodes.get(current));
      if (!seen.has(name)) add(inclusive, name, ms);
      seen.add(name);
    }
  });
  await context.close();
}

const top = (map, count) => [...map].sort((a, b) => b[1] - a[1]).slice(0, count);
console.log(`mount → paint under the profiler: ${mounts.map((ms) => ms.toFixed(0)).join(' ')} ms (ms below: per mount, mean of ${rounds})`);
console.log('--- inclusive');
for (const [name, ms] of top(inclusive, 50)) console.log(`${ms.toFixed(1).padStart(7)}  ${name}`);
console.log('--- self');
for (const [name, ms] of top(self, 25)) console.log(`${ms.toFixed(1).padStart(7)}  ${name}`);
await browser.close();
await server.close();
