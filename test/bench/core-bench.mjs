/**
 * Core benchmark: parse + validate, analyze and layout of generated journeys (8 personas,
 * 6 phases) at 1,000 / 10,000 / 50,000 touchpoints, on the built package (run `pnpm build` first;
 * `pnpm bench` does). Prints medians of repeated runs, the growth per 10× size, and the goal of
 * 10,000 touchpoints through everything in ≤ 50 ms, and where the time of that goes at 10,000.
 * A second table splits each measured run into its main-thread garbage-collection pauses (V8's
 * `gc` performance entries that fall inside the run) and the rest, with the growth of the rest.
 * Prints figures; it does not fail on them.
 *
 * Honesty: parsing measures a fresh document object on every call (a pool of deep copies taken in
 * turn), so nothing keyed by the input's identity could turn a run into a cache hit; core keeps no
 * such cache anyway (the fast path compiles the schema once, not documents). Analysis and layout
 * keep no caches, so they run on one parsed journey.
 *
 * Garbage of one task is not charged to the next: a full garbage collection runs before each task
 * (before its warm-up and before its measured runs), never between the iterations of a task, so
 * each task still pays for all the collection its own iterations cause. Without it, e.g. the
 * 'analyze' row paid for old-space collections of what 'parse + validate' had left behind.
 * (`gc` is exposed at run time with `v8.setFlagsFromString`, so `node test/bench/core-bench.mjs`
 * needs no flag.)
 */
import { PerformanceObserver } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Bench } from 'tinybench';
import { analyzeJourney, computeJourneyLayout, parseJourney } from '../../packages/core/dist/index.js';
import { generateJourney } from '../../packages/core/dist/samples/index.js';

setFlagsFromString('--expose-gc');
/** A full garbage collection (see the note above on when it runs). */
const collectGarbage = runInNewContext('gc');

/**
 * Garbage collection inside the measured runs: every pause V8 reports (`gc` performance entries)
 * is charged to the run it falls in, so each row can also be read without it.
 */
const gcPauses = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) gcPauses.push({ start: entry.startTime, end: entry.startTime + entry.duration });
}).observe({ entryTypes: ['gc'] });
/** `[start, end]` of every call of each task (warm-up included), by task and size. */
const runWindows = new Map();
const windowsOf = (size, task) => {
  const key = `${size} ${task}`;
  if (!runWindows.has(key)) runWindows.set(key, []);
  return runWindows.get(key);
};
/** `fn`, recording when each call starts and ends. */
const recorded = (size, task, fn) => {
  const windows = windowsOf(size, task);
  return () => {
    const start = performance.now();
    fn();
    windows.push([start, performance.now()]);
  };
};
/** Milliseconds of garbage collection inside `[start, end]`. */
const gcWithin = (start, end) => gcPauses.reduce((sum, pause) => sum + Math.max(0, Math.min(end, pause.end) - Math.max(start, pause.start)), 0);

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];

const SIZES = [1_000, 10_000, 50_000];
const POOL = 4;
const rows = [];
let breakdownDocuments = [];
const journeysBySize = new Map();
for (const size of SIZES) {
  const document = generateJourney({ seed: 42, touchpoints: size, personas: 8, phases: 6 });
  // Deep copies, taken in turn: every parse gets an object it has never seen.
  const pool = Array.from({ length: POOL }, () => structuredClone(document));
  let turn = 0;
  const fresh = () => pool[turn++ % POOL];
  if (size === 10_000) breakdownDocuments = pool;
  const journey = parseJourney(document);
  journeysBySize.set(size, journey);
  const bench = new Bench({ iterations: size >= 50_000 ? 5 : 15, warmupIterations: 2, time: 0 });
  const hooks = { beforeAll: () => collectGarbage() };
  const tasks = {
    'parse + validate': () => parseJourney(fresh()),
    analyze: () => analyzeJourney(journey),
    'layout (swimlanes)': () => computeJourneyLayout(journey),
    'layout (timeline)': () => computeJourneyLayout(journey, { axis: 'time' }),
    'all (parse → analyze → layout)': () => {
      const parsed = parseJourney(fresh());
      analyzeJourney(parsed);
      computeJourneyLayout(parsed);
    },
  };
  for (const [name, fn] of Object.entries(tasks)) bench.add(name, recorded(size, name, fn), hooks);
  await bench.run();
  await new Promise((resolve) => setTimeout(resolve, 20)); // the observer's entries arrive asynchronously
  for (const task of bench.tasks) {
    // The measured runs are the last `iterations` calls (tinybench warms up first).
    const windows = windowsOf(size, task.name).slice(-bench.iterations);
    const gc = windows.map(([start, end]) => gcWithin(start, end));
    const withoutGc = windows.map(([start, end], index) => end - start - gc[index]);
    rows.push({ size, task: task.name, median: task.result.latency.p50 ?? task.result.latency.mean, gc: median(gc), withoutGc: median(withoutGc) });
  }
}

const ms = (value) => `${value.toFixed(1)} ms`;
const table = [];
for (const task of [...new Set(rows.map((row) => row.task))]) {
  const bySize = Object.fromEntries(rows.filter((row) => row.task === task).map((row) => [row.size, row.median]));
  table.push({
    task,
    '1k': ms(bySize[1000]),
    '10k': ms(bySize[10000]),
    '50k': ms(bySize[50000]),
    'growth 1k→10k': `${(bySize[10000] / bySize[1000]).toFixed(1)}×`,
    'growth 10k→50k': `${(bySize[50000] / bySize[10000]).toFixed(1)}× (linear: 5×)`,
  });
}
console.log(`\n@journeykit/core on Node ${process.version}, medians`);
console.table(table);

// The same runs without their garbage-collection pauses: what the code itself costs, and how that grows.
const gcTable = [];
for (const task of [...new Set(rows.map((row) => row.task))]) {
  const at = (size) => rows.find((row) => row.task === task && row.size === size);
  const [small, large] = [at(10_000), at(50_000)];
  gcTable.push({
    task,
    'GC 10k': ms(small.gc),
    'GC 50k': ms(large.gc),
    '10k without GC': ms(small.withoutGc),
    '50k without GC': ms(large.withoutGc),
    'growth 10k→50k without GC': `${(large.withoutGc / small.withoutGc).toFixed(1)}× (linear: 5×)`,
  });
}
console.log('\nGarbage collection inside the same measured runs (medians per run), and the growth without it');
console.table(gcTable);
// Where the time of "all" goes at 10,000: each step timed inside the same runs.
const steps = { 'parse + validate': [], analyze: [], 'layout (swimlanes)': [] };
collectGarbage(); // once before these runs, as before each task
for (let run = 0; run < 17; run++) {
  const t0 = performance.now();
  const parsed = parseJourney(breakdownDocuments[run % POOL]);
  const t1 = performance.now();
  analyzeJourney(parsed);
  const t2 = performance.now();
  computeJourneyLayout(parsed);
  const t3 = performance.now();
  if (run < 2) continue; // warm-up
  steps['parse + validate'].push(t1 - t0);
  steps.analyze.push(t2 - t1);
  steps['layout (swimlanes)'].push(t3 - t2);
}
const stepTotal = Object.values(steps).reduce((sum, values) => sum + median(values), 0);
console.log('\nBreakdown of "all" at 10,000 touchpoints (medians of 15 runs, each step timed within the run)');
console.table(Object.entries(steps).map(([step, values]) => ({ step, median: ms(median(values)), share: `${((100 * median(values)) / stepTotal).toFixed(0)} %` })));
const all10k = rows.find((row) => row.size === 10_000 && row.task.startsWith('all'))?.median ?? Number.NaN;
console.log(`Goal: 10,000 touchpoints through everything ≤ 50 ms — measured ${ms(all10k)}: ${all10k <= 50 ? 'met' : 'NOT met'}`);

// Reference: how three bare loops over the same parsed touchpoints grow on this machine — reading
// every key (\`for…in\`), allocating one array of n slots, and making one small record per
// touchpoint, kept in a list. Read the
// growth of the rows above against these: beyond ~10k the heap outgrows the CPU caches and the
// young generation, so even loops without any algorithm grow faster than the input.
let sink = 0;
const bareLoops = {
  'read every key (for…in)': (touchpoints) => {
    let sum = 0;
    for (let index = 0; index < touchpoints.length; index++) for (const key in touchpoints[index]) sum += key.length;
    sink += sum;
  },
  // One array with a slot per touchpoint (what each column of a layout or analysis is): past ~16k
  // slots V8 puts it in the large-object space, on fresh pages — about a millisecond each at 50k.
  'one array of n slots': (touchpoints) => {
    const slots = new Array(touchpoints.length);
    sink += slots.length;
  },
  'one record per touchpoint, kept': (touchpoints) => {
    const records = new Array(touchpoints.length);
    for (let index = 0; index < touchpoints.length; index++) records[index] = { index, id: touchpoints[index].id, x: index * 2, y: 0 };
    sink += records.length;
  },
};
const perTouchpoint = (loop, touchpoints) => {
  collectGarbage();
  const times = [];
  for (let run = 0; run < 17; run++) {
    const start = performance.now();
    loop(touchpoints);
    if (run >= 2) times.push(performance.now() - start);
  }
  return (median(times) / touchpoints.length) * 1e6;
};
console.log('\nReference: bare loops over the same touchpoints, ns per touchpoint (medians of 15 runs)');
console.table(
  Object.entries(bareLoops).map(([loop, run]) => {
    const bySize = Object.fromEntries(SIZES.map((size) => [size, perTouchpoint(run, journeysBySize.get(size).touchpoints)]));
    return { loop, '1k': bySize[1000].toFixed(0), '10k': bySize[10000].toFixed(0), '50k': bySize[50000].toFixed(0), 'growth 10k→50k': `${((5 * bySize[50000]) / bySize[10000]).toFixed(1)}× (linear: 5×)` };
  }),
);
if (sink === -1) console.log(sink); // keeps the loops' results observable
