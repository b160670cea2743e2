/**
 * A parsed journey shares unchanged objects with its document (see "Structural sharing" in
 * `compile.ts`), so nothing in core may write to a journey: every public function runs here on
 * the journey of a deeply frozen document, where a write throws (modules are strict code).
 */
import { analyzeJourney, computeJourneyLayout, denseView, diffJourneys, itemsInViewport, parseJourney, serializeJourney } from '../index';
import { toMermaidJourney, touchpointsToCsv } from '../interop/index';
import { generateJourney } from '../samples/generate';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

describe('a journey parsed from a frozen document', () => {
  it('shares the document’s touchpoints and goes through every analysis, layout and export unchanged', () => {
    const source = generateJourney({ seed: 21, touchpoints: 120, personas: 5, phases: 5 });
    const before = structuredClone(source);
    const journey = parseJourney(deepFreeze(source));
    expect(journey.touchpoints[0]).toBe(source.touchpoints[0]);
    const changed = parseJourney({ ...before, touchpoints: before.touchpoints.slice(1) });

    expect(() => {
      analyzeJourney(journey);
      diffJourneys(journey, changed);
      diffJourneys(changed, journey);
      for (const axis of ['ordinal', 'time'] as const)
        for (const lanes of ['persona', 'channel', 'blueprint'] as const) {
          const layout = computeJourneyLayout(journey, { axis, lanes });
          denseView(journey, layout, { personaIds: [journey.personas[0]!.id] });
          itemsInViewport(layout, { x: 0, y: 0, width: 800, height: 600 });
        }
      serializeJourney(journey);
      touchpointsToCsv(journey);
      toMermaidJourney(journey);
    }).not.toThrow();
    expect(source).toEqual(before);
  });
});
