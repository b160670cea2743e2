import { describe, expect, it } from 'vitest';
import * as entries from './entries';
import descriptions from './field-descriptions.json';

/** Each group of `field-descriptions.json` and the schema entries it documents. */
const documented: Record<keyof typeof descriptions, Record<string, unknown>> = {
  journey: entries.journeyEntries,
  emotionScale: entries.emotionScaleEntries,
  company: entries.companyEntries,
  phase: entries.phaseEntries,
  persona: entries.personaEntries,
  touchpoint: entries.touchpointEntries,
  owner: entries.ownerEntries,
  metrics: entries.metricsEntries,
  evidence: entries.evidenceEntries,
  link: entries.linkEntries,
};

describe('field descriptions (the JSON Schema’s documentation)', () => {
  it.each(Object.entries(documented))('describes every field of %s, and only fields that exist', (group, fields) => {
    const described = descriptions[group as keyof typeof descriptions] as Record<string, string>;
    expect(Object.keys(described).sort()).toEqual(Object.keys(fields).sort());
    for (const text of Object.values(described)) expect(text.trim().length).toBeGreaterThan(3);
  });

  it('documents every entries object of the schema', () => {
    const entryObjects = Object.entries(entries).filter(([name]) => name.endsWith('Entries'));
    expect(entryObjects.length).toBe(Object.keys(documented).length);
    for (const [, fields] of entryObjects) expect(Object.values(documented)).toContain(fields);
  });

  it('keeps the text out of the runtime schema (no description actions to ship)', () => {
    const seen = new Set<unknown>();
    const descriptionActions: string[] = [];
    const visit = (node: unknown, path: string): void => {
      if (!node || typeof node !== 'object' || seen.has(node)) return;
      seen.add(node);
      const record = node as Record<string, unknown>;
      if (record.kind === 'metadata' && record.type === 'description') descriptionActions.push(path);
      for (const [key, value] of Object.entries(record)) visit(value, `${path}.${key}`);
    };
    visit(entries.JourneySchema, 'JourneySchema');
    expect(descriptionActions).toEqual([]);
  });
});
