/**
 * The coverage heatmap's column headers in Chromium: a phase name wraps between words only — a word
 * wider than its column is cut with an ellipsis, never broken after some letter ("Consideratio|n").
 */
import { parseJourney } from '@journeykit/core';
import { SAMPLE_JOURNEYS } from '@journeykit/core/samples';
import { CoverageHeatmap } from '@journeykit/react';
import { render } from '@testing-library/react';

const journey = parseJourney(SAMPLE_JOURNEYS.find((sample) => sample.id === 'payment-provider')!.document);

/** The line boxes each word of `element`'s text lands on (one rect per line it touches). */
function linesPerWord(element: HTMLElement): Array<[string, number]> {
  const text = element.firstChild as Text;
  const result: Array<[string, number]> = [];
  for (const match of text.data.matchAll(/\S+/g)) {
    const range = document.createRange();
    range.setStart(text, match.index);
    range.setEnd(text, match.index + match[0].length);
    const tops = new Set(Array.from(range.getClientRects(), (rect) => Math.round(rect.top)));
    result.push([match[0], tops.size]);
  }
  return result;
}

describe('coverage heatmap column headers in Chromium', () => {
  it.each([520, 656, 900])('keep every word of a phase name on one line at %i px', (width) => {
    // 656 px: the heatmap's half of a 1440 px dashboard, where "Consideration" is wider than its column.
    const { container } = render(
      <div style={{ width }}>
        <CoverageHeatmap journey={journey} />
      </div>,
    );
    const headers = Array.from(container.querySelectorAll<HTMLElement>('.jk-coverage-heatmap__phase'));
    expect(headers.map((header) => header.textContent)).toContain('Consideration');
    for (const header of headers) {
      for (const [word, lines] of linesPerWord(header)) expect(`${word}: ${lines} line(s)`).toBe(`${word}: 1 line(s)`);
      expect(header.title).toBe(header.textContent);
    }
  });
});
