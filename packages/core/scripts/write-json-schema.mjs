/**
 * Writes dist/journey.schema.json from the same valibot schema the validator runs, so the shipped
 * JSON Schema can never drift from validation. Run by `pnpm build` after tsup.
 *
 * The field descriptions come from `src/schema/field-descriptions.json` (documentation only: the
 * runtime schema carries none, so apps do not ship the text). Every described field must exist in
 * the schema, and the build fails if one does not.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { toJsonSchema } from '@valibot/to-json-schema';
import { JourneySchema } from '../dist/index.js';

const descriptions = JSON.parse(readFileSync(new URL('../src/schema/field-descriptions.json', import.meta.url), 'utf8'));

const generated = toJsonSchema(JourneySchema, { errorMode: 'ignore', typeMode: 'input' });
/** Where each group of `field-descriptions.json` is in the generated schema. */
const touchpoint = generated.properties.touchpoints.items;
const objects = {
  journey: generated,
  emotionScale: generated.properties.emotionScale,
  company: generated.properties.company,
  phase: generated.properties.phases.items,
  persona: generated.properties.personas.items,
  touchpoint,
  owner: touchpoint.properties.owner,
  metrics: touchpoint.properties.metrics,
  evidence: touchpoint.properties.evidence,
  link: touchpoint.properties.links.items,
};
for (const [group, fields] of Object.entries(descriptions)) {
  const object = objects[group];
  if (!object) throw new Error(`field-descriptions.json: unknown group "${group}"`);
  for (const [field, description] of Object.entries(fields)) {
    const property = object.properties?.[field];
    if (!property) throw new Error(`field-descriptions.json: ${group}.${field} is not a field of the schema`);
    property.description = description;
  }
}

const schema = {
  ...generated,
  $id: 'https://journeykit.dev/schema/journey.v1.json',
  title: 'journeykit journey document, version 1',
  description:
    'A B2B customer journey map: phases, buying-center personas and touchpoints. Checks of meaning (references, unique ids, emotion scale, calendar dates) are made by parseJourney in addition to this schema.',
};
writeFileSync(new URL('../dist/journey.schema.json', import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);
console.log('wrote dist/journey.schema.json');
