/** Readable, unique ids made from names (for formats that carry names but no ids). */

/**
 * A lower-case ASCII slug of `name`: accents dropped (`Über` → `uber`), `ß` → `ss`, every other
 * run of characters that are not letters or digits → `-`, at most 40 characters.
 */
export function slugify(name: string): string {
  return name
    .replaceAll('ß', 'ss')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 40)
    .replace(/^-+|-+$/g, '');
}

/**
 * A function that hands out unique ids: the slug of a name, `<fallback>-<n>` when the slug is
 * empty (a name in another script), with `-2`, `-3` … appended when an id is taken.
 * Deterministic: the same names in the same order give the same ids.
 */
export function createIdMaker(fallback: string): (name: string) => string {
  const taken = new Set<string>();
  let count = 0;
  return (name) => {
    count++;
    const stem = slugify(name) || `${fallback}-${count}`;
    let id = stem;
    for (let suffix = 2; taken.has(id); suffix++) id = `${stem}-${suffix}`;
    taken.add(id);
    return id;
  };
}
