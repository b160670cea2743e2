// @vitest-environment node
/**
 * Fuzzing the React layer on the server: every mutated document — valid, invalid or not even
 * JSON — is server-rendered by `JourneyMap` (strict and lenient, every view and lane mode) with
 * no window or document around. Nothing may throw. An accepted journey shows its title and every
 * touchpoint's title (escaped, as text); a refused one shows an alert naming the first problem's
 * path instead of the map.
 */
import { safeParseJourney } from '@journeykit/core';
import { JourneyMap } from '@journeykit/react';
import fc from 'fast-check';
import { renderToString } from 'react-dom/server';
import { FUZZ_RUNS, FUZZ_TIMEOUT, mutatedDocumentArbitrary } from './mutations';

/** Text as React writes it into HTML. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');
}

const viewArbitrary = fc.record({
  axis: fc.constantFrom('ordinal' as const, 'time' as const),
  lanes: fc.constantFrom('persona' as const, 'channel' as const, 'blueprint' as const),
});

describe(`fuzzing JourneyMap on the server (${FUZZ_RUNS} cases)`, () => {
  it('server-renders any input without throwing: accepted journeys as a map, refused ones as an alert', () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const consoleWarn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    let accepted = 0;
    try {
      fc.assert(
        fc.property(mutatedDocumentArbitrary, fc.boolean(), viewArbitrary, (input, lenient, view) => {
          const result = safeParseJourney(input, { lenient });
          // The map takes documents from anywhere, so the prop is typed loosely on purpose here.
          const html = renderToString(<JourneyMap journey={input as never} lenient={lenient} defaultView={view} />);
          if (result.success) {
            accepted += 1;
            expect(html).not.toContain('role="alert"');
            expect(html).toContain(escapeHtml(result.data.title));
            for (const touchpoint of result.data.touchpoints) expect(html).toContain(escapeHtml(touchpoint.title));
          } else {
            expect(html).toContain('role="alert"');
            const first = result.error.issues[0]!;
            expect(html).toContain(escapeHtml(first.path || '(document)'));
          }
        }),
        { numRuns: FUZZ_RUNS },
      );
    } finally {
      consoleError.mockRestore();
      consoleWarn.mockRestore();
    }
    console.info(`JourneyMap server-rendered ${FUZZ_RUNS} fuzzed inputs: ${accepted} accepted (map), ${FUZZ_RUNS - accepted} refused (alert)`);
    // The mutations are tuned so a good share of documents survive; a property that only ever saw refusals would prove little.
    expect(accepted).toBeGreaterThan(FUZZ_RUNS / 20);
  }, FUZZ_TIMEOUT);
});
