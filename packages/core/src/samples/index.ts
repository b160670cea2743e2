/**
 * @journeykit/core/samples — hand-written B2B sample journeys and a seeded generator of large
 * journeys, for stories, docs, demos and tests. The samples are raw `JourneyDocument` objects;
 * nothing is parsed at import time — call `parseJourney` where you use them.
 * @packageDocumentation
 */
import type { JourneyDocument } from '../model/types';
import { manufacturingInputJourney } from './manufacturing-input';
import { paymentProviderJourney } from './payment-provider';
import { paymentProviderFutureJourney } from './payment-provider-future';
import { softwarePurchaseJourney } from './software-purchase';

export { generateJourney, type GenerateJourneyOptions } from './generate';
export { manufacturingInputJourney, paymentProviderFutureJourney, paymentProviderJourney, softwarePurchaseJourney };

/** One entry of {@link SAMPLE_JOURNEYS}. */
export interface SampleJourney {
  /** Stable id, equal to the document's `id`. */
  id: string;
  /** Display title, equal to the document's `title`. */
  title: string;
  /** The unparsed journey document. */
  document: JourneyDocument;
}

const sample = (document: JourneyDocument): SampleJourney => ({ id: document.id, title: document.title, document });

/**
 * The sample journeys, in the order a gallery shows them: the payment-provider merchant
 * (current state, five phases), its future state, the SaaS purchase (service blueprint, five
 * buying-center personas) and the manufacturing input (four-phase B2B funnel).
 * @example
 * const journeys = SAMPLE_JOURNEYS.map((entry) => parseJourney(entry.document));
 */
export const SAMPLE_JOURNEYS: readonly SampleJourney[] = [
  sample(paymentProviderJourney),
  sample(paymentProviderFutureJourney),
  sample(softwarePurchaseJourney),
  sample(manufacturingInputJourney),
];
