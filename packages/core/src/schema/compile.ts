/**
 * A compiler from the valibot schema in `entries.ts` to plain checking functions: the fast path
 * of validation for the common, valid case. It reads the schema objects themselves (their types,
 * requirements and messages), so there is still one schema; it knows only the pieces the journey
 * schema uses and refuses to compile anything else (the caller then always takes the full path).
 *
 * A compiled check returns a value equal to what `v.parse` would return for a value that passes
 * (defaults filled in, unknown keys of loose objects kept), or {@link FAIL} the moment anything is
 * off — it never explains why. The full valibot run does that, so error messages and paths come
 * from one place.
 *
 * Structural sharing: a plain object or array that passes unchanged (every value its own, no
 * default to fill in) is returned itself rather than copied; a copy — known keys in schema order,
 * then the unknown ones — is made only where something differs. A valid document of 10,000
 * touchpoints so becomes a journey of a few new arrays instead of ~60,000 new objects (the parsed
 * journey is most of what a mounted map keeps in memory, and what the garbage collector has to
 * copy while analysis and layout run). The parsed journey and the document therefore share
 * values: journeykit never mutates either (`parseJourney`'s JSDoc says so to users).
 *
 * While it walks, it also does the shape checks of `semantics.ts` (reserved keys, circular
 * structures, nesting deeper than {@link MAX_DEPTH}) for the known parts and for every unknown
 * value, so an accepted document needs no second walk.
 */
import { compileLeaf, FAIL, type SchemaNode } from './compile-leaf';
import { MAX_DEPTH, RESERVED_KEYS } from './semantics';

export { FAIL } from './compile-leaf';

/** A compiled check: the parsed value, or {@link FAIL}. `ancestors` are the objects above `value`. */
export type Check = (value: unknown, ancestors: object[]) => unknown;

const hasOwn = Object.prototype.hasOwnProperty;

/** Thrown while compiling a schema piece the fast path does not know. */
class NotCompilable extends Error {}

/**
 * Whether an unknown value (kept as it is on a loose object) is free of reserved keys, cycles and
 * runaway nesting; `ancestors` are the objects above it. Mirrors `checkShape` in `semantics.ts`.
 */
export function isCleanShape(value: unknown, ancestors: object[]): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (ancestors.length > MAX_DEPTH || ancestors.includes(value)) return false;
  ancestors.push(value);
  let clean = true;
  if (Array.isArray(value)) {
    for (let index = 0; clean && index < value.length; index++) clean = isCleanShape(value[index], ancestors);
  } else
    for (const key in value) {
      if (!hasOwn.call(value, key)) continue;
      if (RESERVED_KEYS.has(key) || !isCleanShape((value as Record<string, unknown>)[key], ancestors)) {
        clean = false;
        break;
      }
    }
  ancestors.pop();
  return clean;
}

function compilePipe(node: SchemaNode): Check {
  const [root, ...rest] = node.pipe!;
  const base = compileNode(root!);
  const tests: ((value: never) => boolean)[] = [];
  for (const item of rest) {
    if (item.kind === 'schema') throw new NotCompilable(`schema ${item.type} in a pipe`);
    if (item.type === 'min_length') tests.push((value: { length: number }) => value.length >= (item.requirement as number));
    else if (item.type !== 'description' && item.type !== 'title' && item.type !== 'metadata') throw new NotCompilable(`action ${item.type}`);
  }
  if (tests.length === 0) return base;
  // One test is the usual case (`minLength(1)` of every touchpoint's `personaIds`): no loop.
  if (tests.length === 1) {
    const test = tests[0]!;
    return (value, ancestors) => {
      const output = base(value, ancestors);
      return output === FAIL || !test(value as never) ? FAIL : output;
    };
  }
  return (value, ancestors) => {
    const output = base(value, ancestors);
    if (output === FAIL) return FAIL;
    for (let index = 0; index < tests.length; index++) if (!tests[index]!(value as never)) return FAIL;
    return output;
  };
}

interface Entry {
  key: string;
  check: Check;
  optional: boolean;
  default: unknown;
}

/**
 * Whether `Object.prototype` has an enumerable key or one of the schema's `keys` (it was
 * polluted): plain objects would then inherit keys, which only the general path handles.
 */
export function prototypeIsPolluted(keys: readonly string[]): boolean {
  // Any enumerable key at all is pollution.
  for (const _key in Object.prototype) return true;
  return keys.some((key) => key in Object.prototype);
}

/** Every key of every object schema compiled so far (for {@link prototypeHasKnownKey}). */
export const compiledKeys: string[] = [];

/**
 * The entries to run for `input` the general way (valibot's own loop, where `key in input` also
 * reaches inherited keys), as a bit mask; `-1` when a required key is missing.
 */
function generalMask(input: object, entries: Entry[]): number {
  let mask = 0;
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index]!;
    if (entry.key in input || entry.default !== undefined) mask |= 1 << index;
    else if (!entry.optional) return -1;
  }
  return mask;
}

/**
 * A loose object; with `optional`, `undefined` passes as `undefined` (one call less than
 * `v.optional` around it); with `alwaysCopy`, the result is a new object even when nothing changed.
 */
/**
 * Empties the slots of `values` that `mask` names (`-1`: every slot), so the scratch array keeps
 * no reference to a document's values. A loop, not `values.fill(undefined)`: `fill` is a call into
 * the runtime that V8 does not inline, and at one per checked object it took ~20 % of a 50,000
 * touchpoint parse in Chromium.
 */
function release(values: unknown[], mask: number): void {
  if (mask === -1) {
    for (let index = 0; index < values.length; index++) values[index] = undefined;
    return;
  }
  for (let index = 0; mask !== 0; index++, mask >>>= 1) if (mask & 1) values[index] = undefined;
}

function compileLooseObject(node: SchemaNode, optional = false, alwaysCopy = false): Check {
  const known = node.entries!;
  const entries: Entry[] = Object.keys(known).map((key) => {
    const schema = known[key]!;
    if (schema.type === 'exact_optional' || schema.type === 'nullish' || 'fallback' in schema) throw new NotCompilable(`${key}: ${schema.type}`);
    const optional = schema.type === 'optional';
    return { key, check: compileNode(schema), optional, default: optional ? schema.default : undefined };
  });
  if (entries.length > 30) throw new NotCompilable('more than 30 entries');
  compiledKeys.push(...Object.keys(known));
  const indexOf = new Map(entries.map((entry, index) => [entry.key, index]));
  let required = 0;
  let defaulted = 0;
  entries.forEach((entry, index) => {
    if (!entry.optional) required |= 1 << index;
    else if (entry.default !== undefined) defaulted |= 1 << index;
  });
  // Outputs come from a constructor whose prototype is Object.prototype: plain objects in every
  // observable way (prototype, `constructor`, keys), but V8 sizes them for this schema's fields.
  const Output = function () {} as unknown as new () => Record<string, unknown>;
  Output.prototype = Object.prototype;
  // Scratch space for the values read in the key loop (a second one if a schema ever nests itself).
  const scratch: unknown[] = new Array(entries.length);
  let busy = false;
  const lastKeys: string[] = [];
  const lastIndexes: (number | undefined)[] = [];
  return (value, ancestors) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return value === undefined && optional ? undefined : FAIL;
    if (ancestors.length > MAX_DEPTH || ancestors.includes(value)) return FAIL;
    const input = value as Record<string, unknown>;
    const prototype = Object.getPrototypeOf(input) as unknown;
    // `for…in` lists only own keys of a plain object (the caller refuses an enumerable key on Object.prototype).
    const plain = prototype === Object.prototype || prototype === null;
    const values = busy ? new Array<unknown>(entries.length) : scratch;
    // One pass over the keys: which known ones are present (a bit each, value kept), how many unknown.
    let mask = 0;
    let extras = 0;
    let reserved = false;
    let position = 0;
    for (const key in input) {
      if (!plain && !hasOwn.call(input, key)) continue;
      // Objects of one document mostly list their keys alike: reuse the last lookup at this position.
      let index: number | undefined;
      if (lastKeys[position] === key) index = lastIndexes[position];
      else {
        index = indexOf.get(key);
        lastKeys[position] = key;
        lastIndexes[position] = index;
      }
      position += 1;
      if (index !== undefined) {
        mask |= 1 << index;
        values[index] = input[key];
      } else if (RESERVED_KEYS.has(key)) {
        reserved = true;
        break;
      } else extras += 1;
    }
    if (!plain && !reserved) {
      mask = generalMask(input, entries);
      if (mask >= 0) for (let index = 0; index < entries.length; index++) values[index] = input[entries[index]!.key];
    }
    if (reserved || mask < 0 || (mask & required) !== required) {
      release(values, -1);
      return FAIL;
    }
    // Absent keys with a default run on `undefined` (the default comes in through their check).
    const absentWithDefault = defaulted & ~mask;
    for (let absent = absentWithDefault, index = 0; absent !== 0; index++, absent >>>= 1) if (absent & 1) values[index] = undefined;
    mask |= defaulted;
    ancestors.push(value);
    const wasBusy = busy;
    busy = true;
    // Parse every present value in place; `changed` once one comes back different (a copy, a default).
    let changed = alwaysCopy || absentWithDefault !== 0 || prototype !== Object.prototype;
    let failed = false;
    for (let rest = mask, index = 0; rest !== 0; index++, rest >>>= 1) {
      if ((rest & 1) === 0) continue;
      const original = values[index];
      const parsed = entries[index]!.check(original, ancestors);
      if (parsed === FAIL) {
        failed = true;
        break;
      }
      if (parsed !== original) changed = true;
      values[index] = parsed;
    }
    busy = wasBusy;
    if (failed) {
      release(values, -1);
      return FAIL;
    }
    if (extras > 0)
      for (const key in input) {
        if (!hasOwn.call(input, key) || indexOf.has(key)) continue;
        if (!isCleanShape(input[key], ancestors)) {
          release(values, -1);
          return FAIL;
        }
      }
    ancestors.pop();
    // A plain object that passes unchanged is the result itself (see "Structural sharing" above).
    if (!changed) {
      release(values, mask);
      return input;
    }
    const output = new Output();
    for (let index = 0; mask !== 0; index++, mask >>>= 1) {
      if ((mask & 1) === 0) continue;
      output[entries[index]!.key] = values[index];
      values[index] = undefined;
    }
    if (extras > 0) for (const key in input) if (hasOwn.call(input, key) && !indexOf.has(key)) output[key] = input[key];
    return output;
  };
}

/** An array; with `optional`, `undefined` passes as `undefined`. */
function compileArray(node: SchemaNode, optional = false): Check {
  const item = compileNode(node.item!);
  return (value, ancestors) => {
    if (!Array.isArray(value)) return value === undefined && optional ? undefined : FAIL;
    if (ancestors.length > MAX_DEPTH || ancestors.includes(value)) return FAIL;
    ancestors.push(value);
    // A plain array whose items all pass unchanged is the result itself (structural sharing);
    // a copy starts at the first item that differs.
    let output: unknown[] | null = Object.getPrototypeOf(value) === Array.prototype ? null : [];
    for (let index = 0; index < value.length; index++) {
      const element: unknown = value[index];
      const parsed = item(element, ancestors);
      if (parsed === FAIL) return FAIL;
      if (output === null) {
        if (parsed === element) continue;
        output = value.slice(0, index);
      }
      output.push(parsed);
    }
    ancestors.pop();
    return output ?? value;
  };
}

/** `node` without pipes that only add metadata (`description`, `title`, `metadata`). */
function withoutMetadata(node: SchemaNode): SchemaNode {
  if (!node.pipe) return node;
  const [root, ...actions] = node.pipe;
  return root && actions.every((action) => action.kind === 'metadata' || ['description', 'title', 'metadata'].includes(action.type)) ? withoutMetadata(root) : node;
}

function compileNode(node: SchemaNode): Check {
  const leaf = compileLeaf(node, false);
  if (leaf) return leaf;
  if (node.pipe) return compilePipe(node);
  switch (node.type) {
    case 'literal': {
      const literal = node.literal;
      return (value) => (value === literal ? value : FAIL);
    }
    case 'picklist': {
      const options = node.options!;
      return (value) => (options.includes(value) ? value : FAIL);
    }
    case 'optional': {
      const fallback = node.default;
      if (typeof fallback === 'function') throw new NotCompilable('default computed by a function');
      const optionalLeaf = fallback === undefined ? compileLeaf(node.wrapped!, true) : null;
      if (optionalLeaf) return optionalLeaf;
      const wrappedNode = withoutMetadata(node.wrapped!);
      if (fallback === undefined && !wrappedNode.pipe && wrappedNode.type === 'array') return compileArray(wrappedNode, true);
      if (fallback === undefined && !wrappedNode.pipe && wrappedNode.type === 'loose_object') return compileLooseObject(wrappedNode, true);
      const wrapped = compileNode(node.wrapped!);
      return (value, ancestors) => {
        if (value === undefined) value = fallback;
        return value === undefined ? undefined : wrapped(value, ancestors);
      };
    }
    case 'union': {
      const options = (node.options as SchemaNode[]).map(compileNode);
      return (value, ancestors) => {
        const depth = ancestors.length;
        for (let index = 0; index < options.length; index++) {
          const parsed = options[index]!(value, ancestors);
          if (parsed !== FAIL) return parsed;
          ancestors.length = depth;
        }
        return FAIL;
      };
    }
    case 'array':
      return compileArray(node);
    case 'loose_object':
      return compileLooseObject(node);
    default:
      throw new NotCompilable(`schema ${node.type}`);
  }
}

/** Options of {@link compileSchema}. */
export interface CompileOptions {
  /** The root (a loose object) is always a new object, never shared with the input. @default false */
  copyRoot?: boolean;
}

/**
 * Compiles a valibot schema into a fast {@link Check}, or returns `null` when the schema uses a
 * piece the compiler does not know (then every document takes the full valibot path).
 */
export function compileSchema(schema: unknown, options: CompileOptions = {}): Check | null {
  try {
    const root = schema as SchemaNode;
    if (!options.copyRoot) return compileNode(root);
    if (root.pipe || root.type !== 'loose_object') throw new NotCompilable('copyRoot of a schema that is not a plain loose object');
    return compileLooseObject(root, false, true);
  } catch (cause) {
    if (cause instanceof NotCompilable) return null;
    throw cause;
  }
}
