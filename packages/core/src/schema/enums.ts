/** Value lists of the journey document, shared by the schema, the presets and the labels. */

/** Kinds of journey map (DOMAIN.md "Map types"). */
export const JOURNEY_TYPES = ['current-state', 'future-state', 'day-in-the-life', 'blueprint', 'tactical'] as const;
/** Roles of the B2B buying center. */
export const BUYING_CENTER_ROLES = ['initiator', 'user', 'influencer', 'decider', 'buyer', 'gatekeeper'] as const;
/** Where a touchpoint happens. */
export const TOUCHPOINT_MODES = ['online', 'offline'] as const;
/** Whether the company controls the touchpoint (own webshop) or not (review portal, word of mouth). */
export const TOUCHPOINT_INFLUENCES = ['direct', 'indirect'] as const;
/** Where the data behind a touchpoint comes from. */
export const EVIDENCE_SOURCES = ['crm', 'analytics', 'survey', 'interview', 'assumption'] as const;
/** Document format versions this release reads. */
export const SUPPORTED_VERSIONS = [1] as const;
/** The version `serializeJourney` writes. */
export const CURRENT_VERSION = 1;

export type JourneyType = (typeof JOURNEY_TYPES)[number];
export type BuyingCenterRole = (typeof BUYING_CENTER_ROLES)[number];
export type TouchpointMode = (typeof TOUCHPOINT_MODES)[number];
export type TouchpointInfluence = (typeof TOUCHPOINT_INFLUENCES)[number];
export type EvidenceSource = (typeof EVIDENCE_SOURCES)[number];
