export { JourneySchema, MAX_JOURNEY_DAYS, MAX_NAME_LENGTH, MAX_TEXT_LENGTH } from './entries';
export {
  BUYING_CENTER_ROLES,
  CURRENT_VERSION,
  EVIDENCE_SOURCES,
  JOURNEY_TYPES,
  SUPPORTED_VERSIONS,
  TOUCHPOINT_INFLUENCES,
  TOUCHPOINT_MODES,
} from './enums';
export { parseIsoDate } from './dates';
export type { JourneyIssue, JourneyIssueCode } from './issues';
export { isSafeCssColor, safeImageUrl, safeLinkUrl } from './safety';
export {
  JourneyValidationError,
  isJourneyModel,
  parseJourney,
  safeParseJourney,
  type IsJourneyModelOptions,
  type ParseJourneyOptions,
  type SafeParseJourneyResult,
} from './validate';
