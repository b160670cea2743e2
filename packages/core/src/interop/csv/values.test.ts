import { detectDelimiter, findQuoteProblem } from './quotes';
import { escapeFormula, parseCsvBoolean, parseCsvNumber, parseCsvTime, splitListCell, splitPersonaCell, unescapeFormula } from './values';

describe('parseCsvNumber', () => {
  it.each([
    ['0,35', 0.35],
    ['-0,5', -0.5],
    ['\u22122', -2],
    [' 12 ', 12],
    ['.5', 0.5],
    ['1e-7', 1e-7],
    ['1,5e3', 1500],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['1.234.567', 1234567],
    ['1,234,567', 1234567],
    ['1,234', 1.234],
    ['1.234', 1.234],
  ])('reads %j as %d', (text, expected) => {
    expect(parseCsvNumber(text)).toBe(expected);
  });

  it.each(['', ' ', 'abc', '1,2,3', '12.34.56', '1.23,4.5', 'Infinity', 'NaN', '0x10', '1 234', '5 %'])('refuses %j', (text) => {
    expect(parseCsvNumber(text)).toBeNull();
  });
});

describe('parseCsvBoolean', () => {
  it('reads English and German words, x and digits in any case', () => {
    expect(['true', 'YES', 'y', '1', 'x', 'Ja', 'WAHR'].map(parseCsvBoolean)).toEqual([true, true, true, true, true, true, true]);
    expect(['false', 'No', 'n', '0', 'nein', 'FALSCH'].map(parseCsvBoolean)).toEqual([false, false, false, false, false, false]);
    expect(parseCsvBoolean('maybe')).toBeNull();
  });
});

describe('parseCsvTime', () => {
  it('reads days, ISO dates and German dates', () => {
    expect(parseCsvTime('3,5')).toEqual({ value: 3.5 });
    expect(parseCsvTime('2026-03-14T09:30:00Z')).toEqual({ value: '2026-03-14T09:30:00Z' });
    expect(parseCsvTime('4.3.2026')).toEqual({ value: '2026-03-04' });
    expect(parseCsvTime('14.03.2026 9:05')).toEqual({ value: '2026-03-14T09:05' });
  });

  it('refuses text and impossible dates', () => {
    expect(parseCsvTime('next week')).toEqual({ error: 'must be a date (YYYY-MM-DD or DD.MM.YYYY) or a number of days since the journey start; received "next week"' });
    expect(parseCsvTime('31.02.2026')).toEqual({ error: 'is not a real calendar date or time: "31.02.2026"' });
    expect(parseCsvTime('2026-13-01')).toEqual({ error: 'is not a real calendar date or time: "2026-13-01"' });
  });
});

describe('formula guard', () => {
  it('prefixes risky starts with a quote and removes exactly that quote again', () => {
    for (const text of ['=SUM(A1)', '+1', '-x', '@cmd', '\tx', "'", "'=x", "''"]) {
      expect(escapeFormula(text)).toBe(`'${text}`);
      expect(unescapeFormula(escapeFormula(text))).toBe(text);
    }
    expect(escapeFormula('Plain')).toBe('Plain');
    expect(unescapeFormula("'hello")).toBe("'hello");
  });
});

describe('cell lists', () => {
  it('splits list cells on line breaks and persona cells on ; or |', () => {
    expect(splitListCell('a; b\r\nc\n\n  \rd')).toEqual(['a; b', 'c', 'd']);
    expect(splitPersonaCell(' anna ; jonas|mia ;')).toEqual(['anna', 'jonas', 'mia']);
  });
});

describe('detectDelimiter', () => {
  it('counts delimiters of the header line outside quotes', () => {
    expect(detectDelimiter('id;phase;title\n1,2,3,4,5')).toBe(';');
    expect(detectDelimiter('id\tphase\ttitle')).toBe('\t');
    expect(detectDelimiter('"a;b;c",x,y')).toBe(',');
    expect(detectDelimiter('title')).toBe(',');
  });
});

describe('findQuoteProblem', () => {
  it('accepts proper quoting, doubled quotes and quotes inside unquoted cells', () => {
    expect(findQuoteProblem('a,b\n"x, ""y""\nz",2\r\n3,ab"c\n', ',')).toBeNull();
  });

  it('finds an unclosed quote and text after a closing quote, by record and field', () => {
    expect(findQuoteProblem('a,b,c\n1,2,3\n4,"five,6\n7,8,9', ',')).toEqual({
      record: 2,
      field: 1,
      message: 'has a quoted cell that is never closed: add the closing " (a quote inside a cell is written as "")',
    });
    expect(findQuoteProblem('a;b\n"x"y;2', ';')).toEqual({
      record: 1,
      field: 0,
      message: 'has text after the closing quote of a quoted cell: a quote inside a cell must be written as ""',
    });
  });
});
