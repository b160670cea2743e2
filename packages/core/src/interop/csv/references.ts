/** Resolving the phase and persona cells of a CSV row (an id or a name) to ids. */

/** Something referenced by id or name. */
export interface Named {
  id: string;
  name: string;
}

/** Turns a cell into an id, or says why it cannot. */
export type Resolve = (reference: string) => { id: string } | { error: string };

const normal = (text: string) => text.trim().toLowerCase();

function quoteList(items: readonly Named[]): string {
  const shown = items.slice(0, 8).map((item) => `"${item.id}" (${item.name})`);
  return items.length > 8 ? `${shown.join(', ')} and ${items.length - 8} more` : shown.join(', ') || 'none';
}

/**
 * A resolver over `items`, trying in turn: the exact id, the exact name, the id ignoring case
 * and surrounding spaces, the name ignoring case and surrounding spaces. A name shared by two
 * items at the step where it matches is ambiguous and refused. Built once, O(1) per lookup.
 */
export function createResolver(items: readonly Named[], what: 'phase' | 'persona'): Resolve {
  const lookups: Map<string, string[]>[] = [new Map(), new Map(), new Map(), new Map()];
  const add = (map: Map<string, string[]>, key: string, id: string) => {
    const ids = map.get(key);
    if (!ids) map.set(key, [id]);
    else if (!ids.includes(id)) ids.push(id);
  };
  for (const item of items) {
    add(lookups[0]!, item.id, item.id);
    add(lookups[1]!, item.name, item.id);
    add(lookups[2]!, normal(item.id), item.id);
    add(lookups[3]!, normal(item.name), item.id);
  }
  const keys = [(text: string) => text, (text: string) => text, normal, normal];
  return (reference) => {
    for (let step = 0; step < lookups.length; step++) {
      const ids = lookups[step]!.get(keys[step]!(reference));
      if (!ids) continue;
      if (ids.length === 1) return { id: ids[0]! };
      return { error: `"${reference}" matches ${ids.length} ${what}s (${ids.map((id) => `"${id}"`).join(', ')}); use the ${what} id` };
    }
    return { error: `unknown ${what} "${reference}"; known ${what}s: ${quoteList(items)}` };
  };
}
