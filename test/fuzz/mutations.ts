/**
 * Mutated journey documents for fuzzing: a valid document from `journeyDocumentArbitrary`, then
 * a few random edits — a value replaced by anything (wrong types, NaN, huge numbers, nested
 * junk, reserved keys), a key deleted, a list emptied or duplicated, an id reused — or its JSON
 * text corrupted. Most results are invalid; some stay valid. Both kinds must be handled.
 */
import fc from 'fast-check';
import { journeyDocumentArbitrary } from '../support/arbitraries';

type Node = Record<string, unknown> | unknown[];

/** Every container path of a JSON value, so an edit can pick one. */
function containerPaths(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return out;
  out.push(path);
  for (const [key, child] of Object.entries(value)) containerPaths(child, [...path, Array.isArray(value) ? Number(key) : key], out);
  return out;
}

const junk = fc.oneof(
  fc.anything({ maxDepth: 3, withNullPrototype: false }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -1e308, 1e308, -0, '', ' ', '2026-02-30', '__proto__', null, true, [], {}),
  fc.string({ maxLength: 8 }),
  fc.integer({ min: -10, max: 10 }),
);

const edit = fc.record({
  pick: fc.nat(),
  key: fc.nat(),
  kind: fc.constantFrom('replace', 'delete', 'empty', 'duplicate', 'reserved'),
  value: junk,
});

function applyEdit(document: unknown, { pick, key, kind, value }: { pick: number; key: number; kind: string; value: unknown }): void {
  const paths = containerPaths(document);
  const path = paths[pick % paths.length]!;
  const node = path.reduce<unknown>((current, step) => (typeof current === 'object' && current !== null ? (current as Record<string | number, unknown>)[step] : undefined), document) as Node;
  if (typeof node !== 'object' || node === null) return;
  const keys = Object.keys(node);
  if (kind === 'reserved') {
    // Reserved keys as JSON.parse makes them: own data properties of plain objects.
    if (Array.isArray(node)) return;
    Object.defineProperty(node, ['__proto__', 'constructor', 'prototype'][key % 3]!, { value, enumerable: true, configurable: true, writable: true });
    return;
  }
  if (keys.length === 0) return;
  const target = keys[key % keys.length]!;
  const record = node as Record<string, unknown>;
  if (kind === 'replace') record[target] = value;
  else if (kind === 'delete') {
    if (Array.isArray(node)) node.splice(Number(target), 1);
    else delete record[target];
  } else if (kind === 'empty' && Array.isArray(record[target])) record[target] = [];
  else if (kind === 'duplicate' && Array.isArray(node)) node.push(structuredClone(node[Number(target)]));
}

/** A mutated document (object) or corrupted JSON text. */
export const mutatedDocumentArbitrary = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.tuple(journeyDocumentArbitrary({ maxTouchpoints: 6 }), fc.array(edit, { minLength: 1, maxLength: 4 })).map(([document, edits]) => {
      const copy = structuredClone(document) as unknown;
      for (const change of edits) applyEdit(copy, change);
      return copy;
    }),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(journeyDocumentArbitrary({ maxTouchpoints: 4 }), fc.nat(), fc.string({ maxLength: 3 })).map(([document, at, insert]) => {
      const text = JSON.stringify(document);
      const index = at % (text.length + 1);
      return text.slice(0, index) + insert + text.slice(index + 1);
    }),
  },
);

/** How many cases each fuzz property runs: a few hundred in the normal suite, `JK_FUZZ_RUNS` in `pnpm test:fuzz`. */
export const FUZZ_RUNS = Number(process.env.JK_FUZZ_RUNS ?? 200);

/** Time budget of one fuzz property: generous, since 10,000 generated documents take a while on 2 cores. */
export const FUZZ_TIMEOUT = Math.max(60_000, FUZZ_RUNS * 60);
