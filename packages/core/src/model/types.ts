/**
 * The journey model: TypeScript types inferred from the one schema in `schema/entries.ts`.
 * They list the known fields only; unknown keys of a document are kept at runtime.
 */
import type * as v from 'valibot';
import type {
  companyEntries,
  emotionScaleEntries,
  evidenceEntries,
  journeyEntries,
  linkEntries,
  metricsEntries,
  ownerEntries,
  personaEntries,
  phaseEntries,
  touchpointEntries,
} from '../schema/entries';

type Model<TEntries extends v.ObjectEntries> = v.InferOutput<v.ObjectSchema<TEntries, undefined>>;
type Replace<T, R> = Omit<T, keyof R> & R;

/** Range of the emotion score, e.g. `{ min: -2, max: 2 }`. */
export type EmotionScale = Model<typeof emotionScaleEntries>;
/** The ideal customer profile: the company the journey is about. */
export type CompanyProfile = Model<typeof companyEntries>;
/** A phase of the journey (a column of the map). */
export type Phase = Model<typeof phaseEntries>;
/** A fictitious, data-based member of the buying center. */
export type Persona = Model<typeof personaEntries>;
/** Who in the company owns a touchpoint (service blueprint data). */
export type TouchpointOwner = Model<typeof ownerEntries>;
/** Measured figures of a touchpoint, fed from CRM, analytics or surveys. */
export type TouchpointMetrics = Model<typeof metricsEntries>;
/** Where the data of a touchpoint comes from, and how sure the team is. */
export type Evidence = Model<typeof evidenceEntries>;
/** A link shown in the touchpoint details. */
export type TouchpointLink = Model<typeof linkEntries>;

/** Any moment a buyer meets the brand and forms an impression. */
export type Touchpoint = Replace<
  Model<typeof touchpointEntries>,
  {
    owner?: TouchpointOwner;
    metrics?: TouchpointMetrics;
    evidence?: Evidence;
    links?: TouchpointLink[];
  }
>;

/** A validated journey (what `parseJourney` returns). */
export type Journey = Replace<
  Model<typeof journeyEntries>,
  {
    version: 1;
    emotionScale: EmotionScale;
    company?: CompanyProfile;
    phases: Phase[];
    personas: Persona[];
    touchpoints: Touchpoint[];
  }
>;

/**
 * A journey document as written by hand or by a CRM (the input of `parseJourney`):
 * like {@link Journey}, with the defaulted fields optional.
 */
export type JourneyDocument = Omit<Journey, 'emotionScale'> & { emotionScale?: EmotionScale };

export type {
  BuyingCenterRole,
  EvidenceSource,
  JourneyType,
  TouchpointInfluence,
  TouchpointMode,
} from '../schema/enums';
