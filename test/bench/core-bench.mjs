/**
 * Core benchmark: parse + validate, analyze and layout of generated journeys (8 personas,
 * 6 phases) at 1,000 / 10,000 / 50,000 touchpoints, on the built package (run `pnpm build` first;
 * `pnpm bench` does). Prints medians of repeated runs, the growth per 10× size, and the goal of
 * 10,000 touchpoints through everything in ≤ 50 ms. Prints figures; it does not fail on them.
 */
import { Bench } from 'tinybench';
import { analyzeJourney, computeJourneyLayout, parseJourney } from '../../packages/core/dist/index.js';
import { generateJourney } from '../../packages/core/dist/samples/index.js';

const SIZES = [1_000, 10_000, 50_000];
const rows = [];
for (const size of SIZES) {
  const document = generateJourney({ seed: 42, touchpoints: size, personas: 8, phases: 6 });
  const journey = parseJourney(document);
  const bench = new Bench({ iterations: size >= 50_000 ? 5 : 15, warmupIterations: 2, time: 0 });
  bench
    .add('parse + validate', () => parseJourney(document))
    .add('analyze', () => analyzeJourney(journey))
    .add('layout (swimlanes)', () => computeJourneyLayout(journey))
    .add('layout (timeline)', () => computeJourneyLayout(journey, { axis: 'time' }))
    .add('all (parse → analyze → layout)', () => {
      const parsed = parseJourney(document);
      analyzeJourney(parsed);
      computeJourneyLayout(parsed);
    });
  await bench.run();
  for (const task of bench.tasks) rows.push({ size, task: task.name, median: task.result.latency.p50 ?? task.result.latency.mean });
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
const all10k = rows.find((row) => row.size === 10_000 && row.task.startsWith('all'))?.median ?? Number.NaN;
console.log(`Goal: 10,000 touchpoints through everything ≤ 50 ms — measured ${ms(all10k)}: ${all10k <= 50 ? 'met' : 'NOT met'}`);
