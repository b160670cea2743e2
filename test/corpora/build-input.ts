/** Builds the inputs of the malformed-document corpus (`malformed-documents.json`) from its data. */

type Json = unknown;
interface Special {
  $special: string;
}
export interface MalformedCase {
  name: string;
  set?: Record<string, Json>;
  delete?: string[];
  text?: string;
  replace?: Json;
  expect: { path: string; code: string }[];
}

const isSpecial = (value: unknown): value is Special => typeof value === 'object' && value !== null && '$special' in value;

function get(root: any, path: string): any {
  return path === '' ? root : path.split('.').reduce((node, key) => node?.[key], root);
}

function resolveSpecial(special: string, root: any): unknown {
  const [kind, argument = ''] = special.split(/:(.*)/s);
  switch (kind) {
    case 'NaN':
      return Number.NaN;
    case 'Infinity':
      return Number.POSITIVE_INFINITY;
    case '-Infinity':
      return Number.NEGATIVE_INFINITY;
    case 'string':
      return 'x'.repeat(Number(argument));
    case 'url':
      return `https://example.com/${'a'.repeat(Number(argument))}`;
    case 'deep': {
      const top: Record<string, unknown> = {};
      let node = top;
      for (let level = 0; level < Number(argument); level++) node = node.a = {} as Record<string, unknown>;
      return top;
    }
    case 'circular':
      return get(root, argument);
    default:
      throw new Error(`Unknown $special "${special}" in the corpus`);
  }
}

function resolveValue(value: unknown, root: any): unknown {
  if (isSpecial(value)) return resolveSpecial(value.$special, root);
  return Array.isArray(value) ? value.map((item) => resolveValue(item, root)) : value;
}

function setPath(root: any, path: string, value: unknown): void {
  const keys = path.split('.');
  const last = keys.pop()!;
  const parent = keys.reduce((node, key) => node[key], root);
  // defineProperty so that keys like "__proto__" become own data properties, as JSON.parse makes them.
  Object.defineProperty(parent, last, { value: resolveValue(value, root), enumerable: true, writable: true, configurable: true });
}

/** The input of one corpus case: raw text, a replacement value, or the base document changed. */
export function buildInput(base: Json, entry: MalformedCase): unknown {
  if (entry.text !== undefined) return entry.text;
  if ('replace' in entry) return entry.replace;
  const document = structuredClone(base) as any;
  for (const [path, value] of Object.entries(entry.set ?? {})) setPath(document, path, value);
  for (const path of entry.delete ?? []) {
    const keys = path.split('.');
    const last = keys.pop()!;
    delete get(document, keys.join('.'))[last];
  }
  return document;
}
