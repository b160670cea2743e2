/**
 * Medians, ratios (ours / peer, paired within the same round) and goals of the browser benchmark,
 * and the printed table per size.
 */

export const OURS = 'journeykit';

/** The metrics, in table order: how to read one from a run, its unit, and the step of the run it belongs to. */
export const METRICS = [
  { key: 'mount', label: 'mount → first paint', unit: 'ms', step: 'mount', read: (run) => run.mount?.paintMs },
  {
    key: 'fcp',
    label: 'mount → first-contentful-paint',
    unit: 'ms',
    step: 'persona filter', // read at the end of the run (the entry arrives late)
    // Chromium's presentation time of the first paint (raster included); the page is empty before the mount.
    read: (run) => run.firstContentfulPaintMs ?? undefined,
  },
  { key: 'dom', label: 'DOM elements after mount', unit: 'count', step: 'settle after mount', read: (run) => run.dom },
  { key: 'filter', label: 'persona filter → paint', unit: 'ms', step: 'persona filter', read: (run) => (run.filter?.hidden ? run.filter.paintMs : undefined) },
  { key: 'click', label: 'click → popover painted', unit: 'ms', step: 'click → popover', read: (run) => (run.popover?.ok ? run.popover.ms : undefined) },
  {
    key: 'event',
    label: 'click: longest event (Event Timing)',
    unit: 'ms',
    step: 'click → popover',
    // No entry at durationThreshold 16 = every event of the click took < 16 ms (recorded as 0, printed "< 16").
    read: (run) => (run.popover?.ok ? (run.event?.duration ?? 0) : undefined),
  },
  { key: 'heap', label: 'JS heap after GC (page)', unit: 'MB', step: 'heap', read: (run) => (run.heapAfterMount === undefined ? undefined : run.heapAfterMount / 1e6) },
  {
    key: 'heapMap',
    label: 'JS heap of the mounted view',
    unit: 'MB',
    step: 'heap',
    read: (run) => (run.heapAfterMount === undefined ? undefined : (run.heapAfterMount - run.heapBeforeMount) / 1e6),
  },
];

const STEPS = ['start', 'load', 'mount', 'settle after mount', 'heap', 'click → popover', 'close popover', 'persona filter', 'done'];
const RATIO_METRICS = new Set(['mount', 'filter', 'click']);

export function median(values) {
  const sorted = values.filter((value) => typeof value === 'number' && Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The goals on journeykit's medians, for one size. `dom2k` is journeykit's DOM count at 2,000 touchpoints, if measured. */
export function goalsFor(size, { dom2k } = {}) {
  const goals = [{ metric: 'click', limit: 100, text: '≤ 100 ms' }];
  if (size.key === 'typical') goals.push({ metric: 'mount', limit: 100, text: '≤ 100 ms' }, { metric: 'dom', limit: 1_400, text: '≤ 1,400' });
  if (size.touchpoints === 50_000) {
    goals.push(
      { metric: 'mount', limit: 500, text: '≤ 500 ms' },
      { metric: 'filter', limit: 150, text: '≤ 150 ms' },
      { metric: 'heap', limit: 30, text: '≤ 30 MB' },
      dom2k === undefined
        ? { metric: 'dom', limit: 5_000, text: 'bounded: ≤ 5,000' }
        : { metric: 'dom', limit: Math.round(dom2k * 1.2), text: `bounded: ≤ 1.2× the 2k map (${Math.round(dom2k * 1.2).toLocaleString('en')})` },
    );
  }
  if (size.personas === 8 && (size.touchpoints === 2_000 || size.touchpoints === 10_000))
    for (const metric of RATIO_METRICS) goals.push({ metric, ratio: 0.5, text: '≤ 0.5× each peer' });
  return goals;
}

/** Why a contender has no value for a metric: '> cap', 'failed', 'n/a' (nothing to click), or '—' (not reached). */
function missingReason(runs, metric) {
  const index = STEPS.indexOf(metric.step);
  if (runs.length === 0) return '—';
  const stoppedHere = runs.find((run) => run.status === 'timeout' || run.status === 'failed');
  const skipped = runs.find((run) => run.status === 'skipped');
  if (!stoppedHere && skipped) {
    // Skipped after a timeout or failure at this or a smaller size: the figure of the step that went over the cap is "> cap"; the others were not measured.
    return skipped.skipStep === undefined || skipped.skipStep === metric.step ? skipped.skipReason : 'skipped';
  }
  if (metric.step === 'click → popover' && runs.some((run) => run.step === 'done' && !run.clickTarget)) return 'n/a (no target)';
  if (metric.step === 'click → popover' && runs.some((run) => run.popover && !run.popover.ok)) return 'not shown';
  if (metric.key === 'filter' && runs.some((run) => run.filter && !run.filter.hidden)) return 'not hidden';
  const stopped = runs.find((run) => run.status === 'timeout' || run.status === 'failed');
  if (!stopped) return 'n/a';
  const at = STEPS.indexOf(stopped.step);
  if (at < index) return '—';
  return stopped.status === 'timeout' ? '> cap' : 'failed';
}

/** Summarises the runs of one size: medians per contender and metric, paired ratios, goals. */
export function summarise(size, runs, contenders, context = {}) {
  const byContender = Object.fromEntries(contenders.map((name) => [name, runs.filter((run) => run.contender === name)]));
  const medians = {};
  for (const name of contenders) {
    medians[name] = {};
    for (const metric of METRICS) {
      const values = byContender[name].map(metric.read).filter((value) => typeof value === 'number');
      medians[name][metric.key] = values.length ? { value: median(values), n: values.length } : { missing: missingReason(byContender[name], metric) };
    }
  }
  const ratios = {};
  for (const peer of contenders.filter((name) => name !== OURS)) {
    ratios[peer] = {};
    for (const metric of METRICS) {
      const paired = [];
      let upperBound = false;
      for (const ours of byContender[OURS] ?? []) {
        const theirs = byContender[peer].find((run) => run.round === ours.round);
        const a = metric.read(ours);
        const b = theirs && metric.read(theirs);
        if (typeof a === 'number' && typeof b === 'number' && b > 0) paired.push(a / b);
        // The peer went over the cap in this very step (here, or at a smaller size for a skipped run): the ratio is at most ours / cap.
        else if (typeof a === 'number' && theirs && (theirs.status === 'timeout' || theirs.status === 'skipped') && (theirs.step ?? theirs.skipStep) === metric.step && metric.unit === 'ms') {
          paired.push(a / theirs.capMs);
          upperBound = true;
        }
      }
      ratios[peer][metric.key] = paired.length ? { value: median(paired), n: paired.length, upperBound } : undefined;
    }
  }
  const goals = goalsFor(size, context).map((goal) => {
    const ours = medians[OURS]?.[goal.metric];
    if (goal.ratio !== undefined) {
      const checks = Object.entries(ratios).map(([peer, byMetric]) => ({ peer, ratio: byMetric[goal.metric]?.value, upperBound: byMetric[goal.metric]?.upperBound }));
      // An upper bound (the peer exceeded the cap) above the goal decides nothing.
      const known = checks.filter((check) => check.ratio !== undefined && !(check.upperBound && check.ratio > goal.ratio));
      const failed = known.filter((check) => check.ratio > goal.ratio);
      const met = failed.length > 0 ? false : known.length === checks.length && known.length > 0 ? true : undefined;
      return { ...goal, met, detail: failed.map((check) => `${check.ratio.toFixed(2)}× ${check.peer}`).join(', ') };
    }
    // Over the cap (here or at a smaller size) is over any time limit; a missing heap or DOM figure decides nothing.
    const timed = METRICS.find((metric) => metric.key === goal.metric)?.unit === 'ms';
    const met = ours?.value === undefined ? (timed && ours?.missing?.startsWith('> cap') ? false : undefined) : ours.value <= goal.limit;
    return { ...goal, value: ours?.value, met };
  });
  // Validation of every run: the popover showed the expected text, the filter removed a lane, the
  // first painted frame already held the whole DOM, and how far the paint marker lies after the end of
  // the last long animation frame (Long Animation Frames API).
  const checks = {};
  for (const name of contenders) {
    const mine = byContender[name].filter((run) => run.status !== 'skipped');
    const clicked = mine.filter((run) => run.popover);
    const filtered = mine.filter((run) => run.filter);
    const mounted = mine.filter((run) => run.mount && run.dom !== undefined);
    const lag = mine.map((run) => (typeof run.longFrameEnds?.mount === 'number' ? run.mount.paintMs - run.longFrameEnds.mount : undefined));
    const lead = mine.map((run) => (typeof run.firstContentfulPaintMs === 'number' ? run.firstContentfulPaintMs - run.mount.paintMs : undefined));
    checks[name] = {
      popover: `${clicked.filter((run) => run.popover.ok).length}/${clicked.length}`,
      filter: `${filtered.filter((run) => run.filter.hidden).length}/${filtered.length}`,
      completeAtPaint: `${mounted.filter((run) => run.mount.complete && run.mount.domAtPaint === run.dom).length}/${mounted.length}`,
      markerAfterLongFrameMs: median(lag),
      markerBeforeFcpMs: median(lead),
    };
  }
  return { size, medians, ratios, goals, checks };
}

function formatValue(metric, cell) {
  if (!cell) return '—';
  if (cell.value === undefined) return cell.missing;
  const { value } = cell;
  if (metric.key === 'event' && value < 16) return '< 16 ms';
  if (metric.unit === 'ms') return `${value >= 100 ? Math.round(value) : value.toFixed(1)} ms`;
  if (metric.unit === 'MB') return `${value.toFixed(1)} MB`;
  return Math.round(value).toLocaleString('en');
}

function formatRatio(ratio) {
  if (!ratio) return '—';
  return `${ratio.upperBound ? '≤ ' : ''}${ratio.value.toFixed(2)}×`;
}

/** The table of one summarised size, as lines of text. */
export function formatTable(summary, contenders, { capS } = {}) {
  const peers = contenders.filter((name) => name !== OURS);
  const header = ['metric', ...contenders, ...peers.map((peer) => `ours/${peer}`), 'goal', 'status'];
  const rows = METRICS.map((metric) => {
    const goals = summary.goals.filter((goal) => goal.metric === metric.key);
    const status = goals.length === 0 ? '' : goals.some((goal) => goal.met === false) ? 'NOT met' : goals.every((goal) => goal.met === true) ? 'met' : 'n/a';
    const details = goals.filter((goal) => goal.met === false && goal.detail).map((goal) => goal.detail);
    return [
      metric.label,
      ...contenders.map((name) => formatValue(metric, summary.medians[name]?.[metric.key])),
      ...peers.map((peer) => (RATIO_METRICS.has(metric.key) || ['fcp', 'dom', 'heapMap'].includes(metric.key) ? formatRatio(summary.ratios[peer]?.[metric.key]) : '')),
      goals.map((goal) => goal.text).join('; '),
      details.length ? `${status} (${details.join(', ')})` : status,
    ];
  });
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => String(row[column]).length)));
  const line = (row) => row.map((cell, column) => String(cell).padEnd(widths[column])).join('  ').trimEnd();
  const { size } = summary;
  const runsNote = contenders
    .map((name) => {
      const counts = summary.counts?.[name];
      return counts ? `${name} ${counts.ok}/${counts.total} ok${counts.timeouts ? `, ${counts.timeouts} > ${capS} s` : ''}${counts.failed ? `, ${counts.failed} failed` : ''}${counts.skipped ? `, ${counts.skipped} skipped` : ''}` : name;
    })
    .join('; ');
  return [
    `── ${size.label}: ${size.touchpoints.toLocaleString('en')} touchpoints, ${size.personas} personas, ${size.phases} phases — medians (${runsNote})`,
    line(header),
    line(widths.map((width) => '─'.repeat(width))),
    ...rows.map(line),
    ...contenders.map((name) => {
      const check = summary.checks?.[name];
      if (!check) return `  check ${name}: —`;
      const marker = [
        check.markerAfterLongFrameMs === undefined ? '' : `${check.markerAfterLongFrameMs.toFixed(0)} ms after the last long frame`,
        check.markerBeforeFcpMs === undefined ? '' : `${check.markerBeforeFcpMs.toFixed(0)} ms before first-contentful-paint`,
      ].filter(Boolean);
      return `  check ${name}: popover shown ${check.popover}, filter hid the lane ${check.filter}, complete at first paint ${check.completeAtPaint}${marker.length ? `; mount paint marker ${marker.join(', ')}` : ''}`;
    }),
  ];
}
