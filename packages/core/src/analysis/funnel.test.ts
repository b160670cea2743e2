import { funnel } from './funnel';
import { journeyWith, touchpoint } from './test-fixtures';

describe('funnel', () => {
  const journey = journeyWith([
    touchpoint('f1', 'aw', ['ana'], { metrics: { volume: 1000, conversionRate: 0.1 } }),
    touchpoint('f2', 'aw', ['ana'], { metrics: { volume: 800, dropOffRate: 0.5 } }),
    touchpoint('f3', 'co', ['ana'], { metrics: { volume: 250, conversionRate: 0.25 } }),
    touchpoint('f4', 'co', ['ana'], { metrics: { conversionRate: 0.75 } }),
    touchpoint('f5', 'de', ['ana']),
    touchpoint('f6', 'de', ['ana'], { metrics: { csat: 80 } }),
    touchpoint('f7', 're', ['ana'], { metrics: { volume: 100 } }),
  ]);

  it('takes the largest volume and the mean rates per phase', () => {
    expect(funnel(journey).phases).toEqual([
      { phaseId: 'aw', volume: 1000, conversionRate: 0.1, dropOffRate: 0.5, touchpointCount: 2, measuredCount: 2 },
      { phaseId: 'co', volume: 250, conversionRate: 0.5, dropOffRate: null, touchpointCount: 2, measuredCount: 2 },
      { phaseId: 'de', volume: null, conversionRate: null, dropOffRate: null, touchpointCount: 2, measuredCount: 0 },
      { phaseId: 're', volume: 100, conversionRate: null, dropOffRate: null, touchpointCount: 1, measuredCount: 1 },
    ]);
  });

  it('computes drop-off between adjacent phases only where both volumes are known', () => {
    const result = funnel(journey);
    expect(result.steps).toEqual([
      { fromPhaseId: 'aw', toPhaseId: 'co', fromVolume: 1000, toVolume: 250, dropOffRate: 0.75 },
      { fromPhaseId: 'co', toPhaseId: 'de', fromVolume: 250, toVolume: null, dropOffRate: null },
      { fromPhaseId: 'de', toPhaseId: 're', fromVolume: null, toVolume: 100, dropOffRate: null },
    ]);
    expect(result.phasesWithoutMetrics).toEqual(['de']);
    expect(result.overallConversion).toBe(0.1);
  });

  it('reports unmeasured journeys as null, never 0', () => {
    const result = funnel(journeyWith([touchpoint('a', 'aw', ['ana'])]));
    expect(result.phases[0]).toEqual({ phaseId: 'aw', volume: null, conversionRate: null, dropOffRate: null, touchpointCount: 1, measuredCount: 0 });
    expect(result.phasesWithoutMetrics).toEqual(['aw', 'co', 'de', 're']);
    expect(result.overallConversion).toBeNull();
    expect(result.steps.every((step) => step.dropOffRate === null)).toBe(true);
  });

  it('gives a negative drop-off when the volume grows, and none from a volume of 0', () => {
    const result = funnel(
      journeyWith([
        touchpoint('a', 'aw', ['ana'], { metrics: { volume: 0 } }),
        touchpoint('b', 'co', ['ana'], { metrics: { volume: 50 } }),
        touchpoint('c', 'de', ['ana'], { metrics: { volume: 100 } }),
      ]),
    );
    expect(result.steps.map((step) => step.dropOffRate)).toEqual([null, -1, null]);
    expect(result.overallConversion).toBeNull(); // the first measured volume is 0
  });
});
