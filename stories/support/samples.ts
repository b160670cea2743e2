import { parseJourney, type Journey } from '@journeykit/core';
import { SAMPLE_JOURNEYS } from '@journeykit/core/samples';

/** The sample journeys, parsed once for all stories. */
export const sampleJourneys: readonly { id: string; title: string; journey: Journey }[] = SAMPLE_JOURNEYS.map((sample) => ({
  id: sample.id,
  title: sample.title,
  journey: parseJourney(sample.document),
}));

/** A parsed sample journey by id; throws for an unknown id (a story bug). */
export function sampleJourney(id: string): Journey {
  const sample = sampleJourneys.find((entry) => entry.id === id);
  if (!sample) throw new Error(`Unknown sample "${id}"; known: ${sampleJourneys.map((entry) => entry.id).join(', ')}`);
  return sample.journey;
}

/** Ids of the samples, for a `select` control. */
export const sampleIds = sampleJourneys.map((sample) => sample.id);
