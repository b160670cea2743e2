import { useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { formatLabel } from '../../i18n/format-label';
import type { CommonLabels } from '../../i18n/labels/common';
import type { CoverageLabels } from '../../i18n/labels/coverage';
import { formatNumber, touchpointCount } from '../../i18n/numbers';
import { PersonaChip } from '../JourneyFilters/PersonaChip';
import { heatScale, STRONG_HEAT, type HeatCell, type HeatmapModel, type HeatRow } from './coverageModel';
import { pluralRulesOf } from '../../i18n/intl';

interface HeatmapTableProps {
  model: HeatmapModel;
  caption: string;
  rowHeader: string;
  labels: CommonLabels & CoverageLabels;
  locale: string;
  isSelected: (row: HeatRow, cell: HeatCell) => boolean;
  onSelect: (row: HeatRow, cell: HeatCell) => void;
}

/** `template` split around its `{key}` placeholder, the other placeholders filled. */
function around(template: string, key: string, values: Record<string, string>): [string, string] {
  const [before = '', after = ''] = template.split(`{${key}}`);
  return [formatLabel(before, values), formatLabel(after, values)];
}

/**
 * The cell's text: the printed count with hidden words around it, so that the button's name is
 * its content ("Jonas Richter in Decision: 0 touchpoints, Gap") and contains the visible text.
 */
function CellContent({ row, cell, labels, locale }: { row: HeatRow; cell: HeatCell; labels: CommonLabels & CoverageLabels; locale: string }) {
  const [before, after] = around(labels.coverageCell, 'count', { row: row.label, phase: cell.phaseName });
  const [unitBefore, unitAfter] = around(pluralRulesOf(locale).select(cell.count) === 'one' ? labels.touchpointCountOne : labels.touchpointCountOther, 'n', {});
  const note = cell.beforeJoin ? formatLabel(labels.coverageBeforeJoin, { persona: row.label }) : cell.gap ? labels.coverageGap : '';
  return (
    <>
      <span className="jk-coverage-heatmap__line">
        <span className="jk-visually-hidden">{`${before}${unitBefore}`.trim()}</span>{' '}
        <span className="jk-coverage-heatmap__count">{formatNumber(cell.count, locale)}</span>{' '}
        <span className="jk-visually-hidden">{`${unitAfter}${after}${note ? ',' : ''}`.trim()}</span>
      </span>{' '}
      {cell.gap ? <span className="jk-coverage-heatmap__flag">{labels.coverageGap}</span> : cell.beforeJoin ? <span className="jk-visually-hidden">{note}</span> : null}
    </>
  );
}

/** The cell's description as plain text (its tooltip). */
function cellTitle(row: HeatRow, cell: HeatCell, labels: CommonLabels & CoverageLabels, locale: string): string {
  const name = formatLabel(labels.coverageCell, { row: row.label, phase: cell.phaseName, count: touchpointCount(cell.count, locale, labels) });
  if (cell.beforeJoin) return `${name}, ${formatLabel(labels.coverageBeforeJoin, { persona: row.label })}`;
  return cell.gap ? `${name}, ${labels.coverageGap}` : name;
}

/** Column widths (px) below which the table scrolls instead of squeezing its cells; match the CSS. */
const ROW_HEADER_WIDTH = 150;
const TOTAL_WIDTH = 56;
const MIN_CELL_WIDTH = 84;

const MOVES: Record<string, (r: number, c: number, rows: number, cols: number) => [number, number]> = {
  ArrowRight: (r, c, _rows, cols) => [r, Math.min(cols - 1, c + 1)],
  ArrowLeft: (r, c) => [r, Math.max(0, c - 1)],
  ArrowDown: (r, c, rows) => [Math.min(rows - 1, r + 1), c],
  ArrowUp: (r, c) => [Math.max(0, r - 1), c],
  Home: (r) => [r, 0],
  End: (r, _c, _rows, cols) => [r, cols - 1],
};

/**
 * The heatmap as a real `<table>`: phases as column headers, personas or channels as row
 * headers, a button with the printed count in every cell (`aria-pressed` when it is the active
 * filter). One cell is in the tab order; arrow keys, Home and End move between cells.
 */
export function HeatmapTable({ model, caption, rowHeader, labels, locale, isSelected, onSelect }: HeatmapTableProps) {
  const { rows, phases } = model;
  const scale = heatScale(model.max);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const [active, setActive] = useState<[number, number]>([0, 0]);
  const cols = phases.length;
  const activeRow = Math.min(active[0], rows.length - 1);
  const activeCol = Math.min(active[1], cols - 1);

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, r: number, c: number) => {
    const move = MOVES[event.key];
    if (!move) return;
    event.preventDefault();
    const [nextRow, nextCol] = move(r, c, rows.length, cols);
    setActive([nextRow, nextCol]);
    buttons.current[nextRow * cols + nextCol]?.focus();
  };

  return (
    <table className="jk-coverage-heatmap__table" style={{ minWidth: ROW_HEADER_WIDTH + TOTAL_WIDTH + cols * MIN_CELL_WIDTH }}>
      <caption className="jk-visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="jk-coverage-heatmap__corner">
            {rowHeader}
          </th>
          {phases.map((phase) => (
            <th key={phase.id} scope="col" className="jk-coverage-heatmap__phase" title={phase.name}>
              {phase.name}
            </th>
          ))}
          <th scope="col" className="jk-coverage-heatmap__total-head">
            {labels.total}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, r) => (
          <tr key={row.key}>
            <th scope="row" className="jk-coverage-heatmap__row-head">
              {row.persona ? <PersonaChip persona={row.persona} locale={locale} showRole /> : <span className="jk-coverage-heatmap__channel">{row.label}</span>}
            </th>
            {row.cells.map((cell, c) => {
              const { intensity, fill } = scale(cell.count);
              const selected = isSelected(row, cell);
              const title = cellTitle(row, cell, labels, locale);
              return (
                <td
                  key={cell.phaseId}
                  className="jk-coverage-heatmap__cell"
                  data-state={selected ? 'selected' : undefined}
                  data-gap={cell.gap || undefined}
                  data-before-join={cell.beforeJoin || undefined}
                  data-empty={cell.count === 0 || undefined}
                  data-strong={intensity >= STRONG_HEAT || undefined}
                  style={cell.count > 0 ? ({ '--jk-heatmap-fill': fill } as CSSProperties) : undefined}
                >
                  <button
                    ref={(element) => {
                      buttons.current[r * cols + c] = element;
                    }}
                    type="button"
                    className="jk-coverage-heatmap__button"
                    aria-pressed={selected}
                    title={title}
                    tabIndex={r === activeRow && c === activeCol ? 0 : -1}
                    onFocus={() => setActive([r, c])}
                    onKeyDown={(event) => onKeyDown(event, r, c)}
                    onClick={() => onSelect(row, cell)}
                  >
                    <CellContent row={row} cell={cell} labels={labels} locale={locale} />
                  </button>
                </td>
              );
            })}
            <td className="jk-coverage-heatmap__total">{formatNumber(row.total, locale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
