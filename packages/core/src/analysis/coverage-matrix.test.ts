import { coverageMatrix } from './coverage-matrix';
import { journeyWith, touchpoint } from './test-fixtures';

// ben joins at "co", cleo at "de".
const journey = journeyWith([
  touchpoint('c4', 're', ['cleo'], { channel: 'phone', mode: 'offline' }),
  touchpoint('c1', 'aw', ['ana'], { channel: 'website' }),
  touchpoint('c2', 'co', ['ana', 'ben'], { channel: 'webinar', order: 1 }),
  touchpoint('c3', 'co', ['ben', 'ben'], { channel: 'website', order: 2 }),
]);

describe('coverageMatrix', () => {
  const matrix = coverageMatrix(journey);

  it('counts persona × phase, marking cells before the persona joins', () => {
    expect(matrix.phaseIds).toEqual(['aw', 'co', 'de', 're']);
    expect(matrix.personas).toEqual([
      {
        personaId: 'ana',
        total: 2,
        cells: [
          { phaseId: 'aw', count: 1, beforeJoin: false },
          { phaseId: 'co', count: 1, beforeJoin: false },
          { phaseId: 'de', count: 0, beforeJoin: false },
          { phaseId: 're', count: 0, beforeJoin: false },
        ],
      },
      {
        personaId: 'ben',
        total: 2, // the duplicate persona id of c3 counts once
        cells: [
          { phaseId: 'aw', count: 0, beforeJoin: true },
          { phaseId: 'co', count: 2, beforeJoin: false },
          { phaseId: 'de', count: 0, beforeJoin: false },
          { phaseId: 're', count: 0, beforeJoin: false },
        ],
      },
      {
        personaId: 'cleo',
        total: 1,
        cells: [
          { phaseId: 'aw', count: 0, beforeJoin: true },
          { phaseId: 'co', count: 0, beforeJoin: true },
          { phaseId: 'de', count: 0, beforeJoin: false },
          { phaseId: 're', count: 1, beforeJoin: false },
        ],
      },
    ]);
  });

  it('counts channel × phase, channels in first-appearance reading order', () => {
    expect(matrix.channels.map((row) => [row.channel, row.cells.map((cell) => cell.count), row.total])).toEqual([
      ['website', [1, 1, 0, 0], 2],
      ['webinar', [0, 1, 0, 0], 1],
      ['phone', [0, 0, 0, 1], 1],
    ]);
  });

  it('lists empty cells, without those before a persona joins', () => {
    expect(matrix.empty).toEqual([
      { kind: 'persona', personaId: 'ana', phaseId: 'de' },
      { kind: 'persona', personaId: 'ana', phaseId: 're' },
      { kind: 'persona', personaId: 'ben', phaseId: 'de' },
      { kind: 'persona', personaId: 'ben', phaseId: 're' },
      { kind: 'persona', personaId: 'cleo', phaseId: 'de' },
      { kind: 'channel', channel: 'website', phaseId: 'de' },
      { kind: 'channel', channel: 'website', phaseId: 're' },
      { kind: 'channel', channel: 'webinar', phaseId: 'aw' },
      { kind: 'channel', channel: 'webinar', phaseId: 'de' },
      { kind: 'channel', channel: 'webinar', phaseId: 're' },
      { kind: 'channel', channel: 'phone', phaseId: 'aw' },
      { kind: 'channel', channel: 'phone', phaseId: 'co' },
      { kind: 'channel', channel: 'phone', phaseId: 'de' },
    ]);
    expect(matrix.unplacedPairs).toBe(0);
    expect(matrix.unplacedTouchpoints).toBe(0);
  });

  it('still counts a touchpoint placed before the persona joins', () => {
    const early = coverageMatrix(journeyWith([touchpoint('a', 'aw', ['cleo'])]));
    expect(early.personas[2]!.cells[0]).toEqual({ phaseId: 'aw', count: 1, beforeJoin: true });
  });

  it('reports pairs of unknown phases or personas as unplaced (lenient mode)', () => {
    const lenient = journeyWith(
      [touchpoint('a', 'aw', ['ana', 'ghost']), touchpoint('b', 'nowhere', ['ana', 'ben'], { channel: 'fax' })],
      {},
      { lenient: true },
    );
    const result = coverageMatrix(lenient);
    expect(result.unplacedPairs).toBe(3);
    expect(result.unplacedTouchpoints).toBe(1);
    expect(result.personas.map((row) => row.total)).toEqual([1, 0, 0]);
    expect(result.channels.map((row) => row.channel)).toEqual(['website']);
  });
});
