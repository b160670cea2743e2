import { isJourneyModel, safeParseJourney, type Journey, type JourneyValidationError, type ParseJourneyOptions } from '@journeykit/core';
import { useMemo } from 'react';

/** A journey as components accept it: the parsed model, or a raw document (object or JSON text) to validate. */
export type JourneyInput = Journey | unknown;

/** Result of {@link useJourney}: the model, or the validation error to show. */
export type UseJourneyResult = { journey: Journey; error: null } | { journey: null; error: JourneyValidationError };

/**
 * Validates a raw document once per input (memoised) and passes parsed models through — also
 * leniently parsed ones, so the parts of a lenient map share its journey (unplaced touchpoints
 * included) instead of re-validating it strictly. Never throws: a bad document comes back as
 * `error` for an inline message.
 */
export function useJourney(input: JourneyInput, options: ParseJourneyOptions = {}): UseJourneyResult {
  const lenient = options.lenient ?? false;
  return useMemo(() => {
    if (isJourneyModel(input, { lenient: true })) return { journey: input, error: null };
    const result = safeParseJourney(input, { lenient });
    return result.success ? { journey: result.data, error: null } : { journey: null, error: result.error };
  }, [input, lenient]);
}
