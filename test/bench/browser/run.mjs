/**
 * Browser benchmark (issue #8): journeykit's JourneyMap against vis-timeline (+ vis-data) and
 * recharts on the same seeded data, in headless Chromium (playwright-core, Debian's
 * /usr/bin/chromium), on production bundles built by Vite from the packages' dist.
 *
 * Sizes: the typical map (200 touchpoints, 12 phases, 10 personas) and 200 / 2,000 / 10,000 /
 * 50,000 touchpoints (8 personas, 6 phases). Per run, in a fresh browser context: mount → first
 * paint, DOM elements, JS heap after GC, click → popover painted (+ the Event Timing entry),
 * persona filter → paint. Contenders are interleaved (rotating order per round); medians per
 * contender, ratios ours/peer paired within a round; goals marked met / NOT met. Prints figures,
 * never fails on them; writes test/.artifacts/bench-browser.json and screenshots of round 1 to
 * test/.artifacts/bench-browser/.
 *
 * Options (also as env JK_BENCH_*): --sizes=typical,200,2000,10000,50000 --repeats=5 --cap=45
 * (seconds per run) --slow=20 --slow-repeats=3 (a contender whose run at a size takes longer than
 * --slow seconds gets --slow-repeats runs there) --contenders=journeykit,vis-timeline,recharts
 * --density=auto|cards|dense (JourneyMap's `density` prop, when it has one) --no-screenshots
 * --no-build (reuse the last page build).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, runOnce, VIEWPORT } from './measure.mjs';
import { formatTable, METRICS, OURS, summarise } from './report.mjs';
import { assertDistBuilt, buildSite, CONTENDERS, hasDensityProp, serve } from './site.mjs';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const ARTIFACTS = join(REPO, 'test/.artifacts');
const SITE = join(ARTIFACTS, 'bench-browser-site');
const SHOTS = join(ARTIFACTS, 'bench-browser');
const OUT = join(ARTIFACTS, 'bench-browser.json');

const ALL_SIZES = {
  typical: { key: 'typical', label: 'typical map', touchpoints: 200, personas: 10, phases: 12 },
  200: { key: '200', label: '200', touchpoints: 200, personas: 8, phases: 6 },
  2000: { key: '2000', label: '2,000', touchpoints: 2_000, personas: 8, phases: 6 },
  10000: { key: '10000', label: '10,000', touchpoints: 10_000, personas: 8, phases: 6 },
  50000: { key: '50000', label: '50,000', touchpoints: 50_000, personas: 8, phases: 6 },
};

function option(name, fallback) {
  const flag = process.argv.find((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`));
  if (flag) return flag.includes('=') ? flag.slice(flag.indexOf('=') + 1) : true;
  if (process.argv.includes(`--no-${name}`)) return false;
  const env = process.env[`JK_BENCH_${name.toUpperCase().replace(/-/g, '_')}`];
  return env ?? fallback;
}

const sizes = String(option('sizes', 'typical,200,2000,10000,50000'))
  .split(',')
  .map((key) => ALL_SIZES[key.trim()] ?? (() => {
    throw new Error(`unknown size "${key}" (one of ${Object.keys(ALL_SIZES).join(', ')})`);
  })());
const repeats = Math.max(1, Number(option('repeats', 5)));
const capMs = Number(option('cap', 45)) * 1_000;
const slowMs = Number(option('slow', 20)) * 1_000;
const slowRepeats = Math.max(1, Number(option('slow-repeats', 3)));
const contenders = String(option('contenders', CONTENDERS.join(','))).split(',').filter((name) => CONTENDERS.includes(name));
const screenshots = option('screenshots', true) !== false && option('screenshots', true) !== 'false';
const densityProp = hasDensityProp(REPO);
const density = option('density', undefined);
const journeykitOptions = density && density !== true ? { density: String(density) } : {};

const log = (...parts) => console.log(...parts);
const started = Date.now();
const loadAtStart = loadavg();

assertDistBuilt(REPO);
if (option('build', true) !== false) {
  const buildStart = Date.now();
  await buildSite(SITE);
  log(`Pages built with Vite (production) in ${((Date.now() - buildStart) / 1000).toFixed(1)} s`);
}
mkdirSync(ARTIFACTS, { recursive: true });
if (screenshots) {
  rmSync(SHOTS, { recursive: true, force: true });
  mkdirSync(SHOTS, { recursive: true });
}
const server = await serve(SITE);
const chromiumVersion = await (async () => {
  const browser = await launchBrowser();
  const version = browser.version();
  await browser.close();
  return version;
})();
log(
  `Browser benchmark: Chromium ${chromiumVersion} headless, ${VIEWPORT.width}×${VIEWPORT.height}, Node ${process.version}, ${cpus().length} cores, load ${loadAtStart.map((value) => value.toFixed(2)).join(' ')}`,
);
const versionOf = (name) => JSON.parse(readFileSync(join(REPO, 'test/bench/node_modules', name, 'package.json'), 'utf8')).version;
const versions = Object.fromEntries(['react', 'react-dom', 'vis-timeline', 'vis-data', 'recharts'].map((name) => [name, versionOf(name)]));
log(`Versions: ${Object.entries(versions).map(([name, version]) => `${name} ${version}`).join(', ')}; journeykit from packages/*/dist`);
log(`${repeats} rounds per size (contenders interleaved), cap ${capMs / 1000} s per run; journeykit density: ${density ? String(density) : densityProp ? 'default (prop exists)' : 'no density prop (HTML cards)'}`);

let browser = await launchBrowser();
const optionsFor = (contender) => (contender === OURS ? journeykitOptions : {});

// Warm-up (not recorded): each page once at 200 touchpoints, so disk caches and the first compile do not land in round 1.
const notes = {}; // contender → what exactly is measured (from its page)
for (const contender of contenders) {
  const warmUp = await runOnce({ browser, origin: server.origin, contender, size: ALL_SIZES[200], round: -1, capMs, options: optionsFor(contender) });
  if (warmUp.notes) notes[contender] = warmUp.notes;
  else log(`  warm-up of ${contender}: ${warmUp.status} ${warmUp.error ?? ''}`);
}
log('What is measured:');
for (const [contender, byMetric] of Object.entries(notes)) for (const [metric, text] of Object.entries(byMetric)) log(`  ${contender} ${metric}: ${text}`);
log('');


function writeResults() {
  const elapsedS = (Date.now() - started) / 1000;
  writeFileSync(
    OUT,
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        machine: { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGB: Math.round(totalmem() / 2 ** 30), loadAtStart, loadAtEnd: loadavg() },
        chromium: chromiumVersion,
        versions,
        settings: { repeats, capMs, slowMs, slowRepeats, contenders, viewport: VIEWPORT, reducedMotion: true, journeykitOptions, densityProp, elapsedS },
        metrics: METRICS.map(({ key, label, unit }) => ({ key, label, unit })),
        notes,
        sizes: summaries,
        runs: allRuns,
      },
      null,
      2,
    )}\n`,
  );
}

const allRuns = [];
const summaries = [];
const timedOutAt = new Map(); // contender → where it first exceeded the cap or failed
for (const size of sizes) {
  await browser.close().catch(() => {});
  browser = await launchBrowser(); // a fresh browser process per size
  const runs = [];
  const planned = Object.fromEntries(contenders.map((name) => [name, repeats]));
  for (let round = 0; round < repeats; round += 1) {
    const order = contenders.map((_, index) => contenders[(index + round) % contenders.length]);
    for (const contender of order) {
      const base = { contender, size: size.key, round, capMs };
      // After a timeout or failure at a smaller size, journeykit still gets one capped attempt here (its goals need a
      // figure, even "> cap"); peers are skipped.
      const oneMoreTry = contender === OURS && round === 0 && timedOutAt.has(contender) && timedOutAt.get(contender).at !== size.label;
      if (timedOutAt.has(contender) && !oneMoreTry) {
        const { at, why, step } = timedOutAt.get(contender);
        runs.push({ ...base, status: 'skipped', skipStep: step, skipReason: at === size.label ? why : `${why} at ${at}` });
        continue;
      }
      if (round >= planned[contender]) continue;
      const result = await runOnce({ browser, origin: server.origin, contender, size, round, capMs, screenshotDir: screenshots && round === 0 ? SHOTS : undefined, options: optionsFor(contender) });
      result.capMs = capMs;
      if (result.notes) notes[contender] ??= result.notes;
      runs.push(result);
      const brief = [
        `mount ${result.mount ? Math.round(result.mount.paintMs) : '—'} ms`,
        `popover ${result.popover?.ms != null ? Math.round(result.popover.ms) : '—'} ms`,
        `filter ${result.filter ? Math.round(result.filter.paintMs) : '—'} ms`,
        `DOM ${result.dom ?? '—'}`,
      ].join(', ');
      log(`  ${size.label.padEnd(11)} round ${round + 1} ${contender.padEnd(12)} ${result.status}${result.error ? ` (${result.error})` : ''}: ${brief} [${(result.wallMs / 1000).toFixed(1)} s]`);
      // A run over the cap (or a crashed page) is not repeated, at this size or any larger one.
      if (oneMoreTry && result.status.startsWith('ok')) timedOutAt.delete(contender); // fine at this size after all: all rounds run
      if (result.status === 'timeout' || result.status === 'failed') timedOutAt.set(contender, { at: size.label, why: result.status === 'timeout' ? '> cap' : 'failed', step: result.status === 'timeout' ? result.step : undefined });
      else if (result.wallMs > slowMs && planned[contender] > slowRepeats) planned[contender] = slowRepeats;
      if (!result.browserHealthy) {
        await browser.close().catch(() => {});
        browser = await launchBrowser();
      }
    }
  }
  const dom2k = summaries.find((summary) => summary.size.touchpoints === 2_000 && summary.size.personas === 8)?.medians[OURS]?.dom?.value;
  const summary = summarise(size, runs, contenders, { dom2k });
  summary.counts = Object.fromEntries(
    contenders.map((name) => {
      const mine = runs.filter((run) => run.contender === name);
      return [name, { total: mine.length, ok: mine.filter((run) => run.status === 'ok').length, timeouts: mine.filter((run) => run.status === 'timeout').length, failed: mine.filter((run) => run.status === 'failed').length, skipped: mine.filter((run) => run.status === 'skipped').length }];
    }),
  );
  summaries.push(summary);
  allRuns.push(...runs);
  log('');
  for (const line of formatTable(summary, contenders, { capS: capMs / 1000 })) log(line);
  log('');
  writeResults(); // after every size, so an interrupted benchmark keeps what it measured
}
await browser.close().catch(() => {});
await server.close();

const elapsedS = (Date.now() - started) / 1000;
log(`All tables (medians; ratios = median of ours/peer paired within a round; "> cap" = the run exceeded ${capMs / 1000} s; "—" = not reached):`);
for (const summary of summaries) for (const line of formatTable(summary, contenders, { capS: capMs / 1000 })) log(line);
log(`\nBrowser benchmark took ${elapsedS.toFixed(0)} s; load average at start ${loadAtStart.map((v) => v.toFixed(2)).join(' ')}, at end ${loadavg().map((v) => v.toFixed(2)).join(' ')}.`);
log(`Raw runs and summaries: ${OUT.replace(REPO, '')}; screenshots of round 1: ${SHOTS.replace(REPO, '')}/`);

writeResults();
