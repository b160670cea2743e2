/**
 * Leaves of the compiled fast path (see `compile.ts`): a text, number or boolean schema with its
 * whole pipe of validations (`minLength`, `maxLength`, `regex`, `minValue`, `maxValue`,
 * `finite`, `integer`) folded into one function without further calls, optionally wrapped in
 * `v.optional`. Everything else is not a leaf and is compiled by `compile.ts`.
 */

/** The parts of a valibot schema or action the compilers read. */
export interface SchemaNode {
  kind: string;
  type: string;
  pipe?: SchemaNode[];
  entries?: Record<string, SchemaNode>;
  item?: SchemaNode;
  options?: unknown[];
  literal?: unknown;
  wrapped?: SchemaNode;
  default?: unknown;
  requirement?: unknown;
}

/** Returned by a compiled check for a value the fast path does not accept. */
export const FAIL: unique symbol = Symbol('journeykit.fail');

/** A compiled leaf check: the value itself when it passes, else {@link FAIL}. */
export type LeafCheck = (value: unknown) => unknown;

/** Everything a leaf requires of its value. */
interface LeafSpec {
  type: 'string' | 'number' | 'boolean';
  minLength: number;
  maxLength: number;
  minValue: number;
  maxValue: number;
  finite: boolean;
  integer: boolean;
  patterns: RegExp[];
}

const METADATA = new Set(['description', 'title', 'metadata']);

/** Adds one validation action to `spec`; false for an action a leaf cannot fold. */
function addAction(spec: LeafSpec, action: SchemaNode): boolean {
  const requirement = action.requirement;
  switch (action.type) {
    case 'min_length':
      spec.minLength = Math.max(spec.minLength, requirement as number);
      return spec.type === 'string';
    case 'max_length':
      spec.maxLength = Math.min(spec.maxLength, requirement as number);
      return spec.type === 'string';
    case 'regex':
      spec.patterns.push(requirement as RegExp);
      return spec.type === 'string' && !(requirement as RegExp).global && !(requirement as RegExp).sticky;
    case 'min_value':
      spec.minValue = Math.max(spec.minValue, requirement as number);
      return spec.type === 'number' && typeof requirement === 'number';
    case 'max_value':
      spec.maxValue = Math.min(spec.maxValue, requirement as number);
      return spec.type === 'number' && typeof requirement === 'number';
    case 'finite':
      spec.finite = true;
      return spec.type === 'number';
    case 'integer':
      spec.integer = true;
      return spec.type === 'number';
    default:
      return METADATA.has(action.type);
  }
}

/** The leaf spec of `node` (a primitive schema, possibly piped, pipes nested), or `null`. */
function leafSpec(node: SchemaNode): LeafSpec | null {
  if (!node.pipe) {
    if (node.type !== 'string' && node.type !== 'number' && node.type !== 'boolean') return null;
    return { type: node.type, minLength: 0, maxLength: Infinity, minValue: -Infinity, maxValue: Infinity, finite: false, integer: false, patterns: [] };
  }
  const [root, ...actions] = node.pipe;
  const spec = root ? leafSpec(root) : null;
  if (!spec) return null;
  for (const action of actions) if (action.kind === 'schema' || !addAction(spec, action)) return null;
  return spec;
}

function stringLeaf(spec: LeafSpec, optional: boolean): LeafCheck {
  const { minLength, maxLength, patterns } = spec;
  const pattern = patterns.length === 1 ? patterns[0]! : null;
  if (patterns.length > 1)
    return (value) =>
      typeof value === 'string' ? (value.length >= minLength && value.length <= maxLength && patterns.every((item) => item.test(value)) ? value : FAIL) : value === undefined && optional ? undefined : FAIL;
  if (pattern)
    return (value) =>
      typeof value === 'string' ? (value.length >= minLength && value.length <= maxLength && pattern.test(value) ? value : FAIL) : value === undefined && optional ? undefined : FAIL;
  return (value) =>
    typeof value === 'string' ? (value.length >= minLength && value.length <= maxLength ? value : FAIL) : value === undefined && optional ? undefined : FAIL;
}

function numberLeaf(spec: LeafSpec, optional: boolean): LeafCheck {
  const { minValue, maxValue, finite, integer } = spec;
  // `v.number()` refuses NaN, which fails `>=` anyway; infinities pass unless `finite`/bounds say no.
  return (value) =>
    typeof value === 'number'
      ? value >= minValue && value <= maxValue && (!finite || Number.isFinite(value)) && (!integer || Number.isInteger(value))
        ? value
        : FAIL
      : value === undefined && optional
        ? undefined
        : FAIL;
}

/**
 * Compiles `node` into one leaf function when it is a leaf; with `optional`, `undefined` passes
 * as `undefined` (`v.optional` without a default). `null` when `node` is not a leaf.
 */
export function compileLeaf(node: SchemaNode, optional: boolean): LeafCheck | null {
  const spec = leafSpec(node);
  if (!spec) return null;
  if (spec.type === 'string') return stringLeaf(spec, optional);
  if (spec.type === 'number') return numberLeaf(spec, optional);
  return (value) => (typeof value === 'boolean' ? value : value === undefined && optional ? undefined : FAIL);
}
