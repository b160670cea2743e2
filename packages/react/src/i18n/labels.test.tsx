import { LOCALES } from '@journeykit/core';
import { DEFAULT_LABELS } from './labels';
import { commonLabels } from './labels/common';
import { errorLabels } from './labels/errors';
import { combineLabels, type LabelTable } from './labels/table';

type Texts = Record<string, string>;

// Every table exported by a module of `labels/`, found by looking (a new area file is checked too).
const modules = import.meta.glob<Record<string, unknown>>('./labels/*.ts', { eager: true });
const isTable = (value: unknown): value is LabelTable<Texts> =>
  typeof value === 'object' && value !== null && LOCALES.every((locale) => typeof (value as Record<string, unknown>)[locale] === 'object');
const tables = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter((entry): entry is [string, LabelTable<Texts>] => isTable(entry[1]))
    .map(([name, table]) => ({ name: `${file.replace('./labels/', '')} ${name}`, table })),
);
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('label tables', () => {
  it.each(tables)('$name: every locale has the same keys, each a text with the same placeholders', ({ table }) => {
    const keys = Object.keys(table.en).sort();
    expect(keys.length).toBeGreaterThan(0);
    for (const locale of LOCALES) {
      expect(Object.keys(table[locale]).sort()).toEqual(keys);
      for (const key of keys) {
        expect(table[locale][key], `${locale}.${key}`).toMatch(/\S/);
        expect(placeholders(table[locale][key]!), `${locale}.${key}`).toEqual(placeholders(table.en[key]!));
      }
    }
  });

  it('keep each key in one table only', () => {
    const owners = new Map<string, string[]>();
    for (const { name, table } of tables) for (const key of Object.keys(table.en)) owners.set(key, [...(owners.get(key) ?? []), name]);
    const shared = [...owners].filter(([, names]) => names.length > 1);
    expect(shared).toEqual([]);
  });

  it('make up DEFAULT_LABELS together: every key of every table, nothing else, in both locales', () => {
    for (const locale of LOCALES) {
      const union = Object.assign({}, ...tables.map(({ table }) => table[locale])) as Texts;
      expect(DEFAULT_LABELS[locale]).toEqual(union);
    }
    expect(Object.keys(DEFAULT_LABELS.en)).toHaveLength(tables.reduce((sum, { table }) => sum + Object.keys(table.en).length, 0));
    expect(DEFAULT_LABELS.de.invalidJourney).toBe('Diese Journey kann nicht angezeigt werden');
  });
});

describe('combineLabels', () => {
  it('merges the tables per locale into new objects and leaves the tables as they are', () => {
    const before = JSON.stringify([commonLabels, errorLabels]);
    const combined = combineLabels(commonLabels, errorLabels);
    for (const locale of LOCALES) {
      expect(combined[locale]).toEqual({ ...commonLabels[locale], ...errorLabels[locale] });
      expect(combined[locale]).not.toBe(commonLabels[locale]);
    }
    expect(combined.de.personas).toBe('Personas');
    expect(combined.de.renderFailed).toBe('Dieser Teil der Map konnte nicht angezeigt werden');
    expect(JSON.stringify([commonLabels, errorLabels])).toBe(before);
  });
});
