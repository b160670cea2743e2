/**
 * Writes dist/journey.schema.json from the same valibot schema the validator runs, so the shipped
 * JSON Schema can never drift from validation. Run by `pnpm build` after tsup.
 */
import { writeFileSync } from 'node:fs';
import { toJsonSchema } from '@valibot/to-json-schema';
import { JourneySchema } from '../dist/index.js';

const schema = {
  ...toJsonSchema(JourneySchema, { errorMode: 'ignore', typeMode: 'input' }),
  $id: 'https://journeykit.dev/schema/journey.v1.json',
  title: 'journeykit journey document, version 1',
  description:
    'A B2B customer journey map: phases, buying-center personas and touchpoints. Checks of meaning (references, unique ids, emotion scale, calendar dates) are made by parseJourney in addition to this schema.',
};
writeFileSync(new URL('../dist/journey.schema.json', import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);
console.log('wrote dist/journey.schema.json');
