import { useId, useState } from 'react';
import { formatLabel } from '../../i18n/format-label';
import type { CommonLabels } from '../../i18n/labels/common';
import type { CoverageLabels } from '../../i18n/labels/coverage';
import type { FilterLabels } from '../../i18n/labels/filters';
import { formatNumber } from '../../i18n/numbers';
import type { CoverageDimension, HeatmapModel } from './coverageModel';

/** The legend: the colour ramp from 0 to the largest count, the gap marker and (persona rows) the before-joining hatch. */
export function HeatmapLegend({ model, dimension, labels, locale }: { model: HeatmapModel; dimension: CoverageDimension; labels: CommonLabels & CoverageLabels; locale: string }) {
  return (
    <ul className="jk-coverage-heatmap__legend" aria-label={labels.legend}>
      <li className="jk-coverage-heatmap__legend-item">
        <span>{labels.coverageScale}</span>
        <span className="jk-coverage-heatmap__ramp-end">{formatNumber(model.max > 0 ? 1 : 0, locale)}</span>
        <span className="jk-coverage-heatmap__ramp" aria-hidden="true" />
        <span className="jk-coverage-heatmap__ramp-end">{formatNumber(model.max, locale)}</span>
      </li>
      <li className="jk-coverage-heatmap__legend-item">
        <span className="jk-coverage-heatmap__swatch" data-kind="gap" aria-hidden="true" />
        <span>{labels.coverageGap}</span>
      </li>
      {dimension === 'persona' ? (
        <li className="jk-coverage-heatmap__legend-item">
          <span className="jk-coverage-heatmap__swatch" data-kind="before-join" aria-hidden="true" />
          <span>{labels.coverageBeforeJoinLegend}</span>
        </li>
      ) : null}
    </ul>
  );
}

/**
 * The gaps as sentences ("No touchpoint for Jonas Richter in Consideration"), the first `limit`
 * of them with a "show all" toggle; or a note that there are none.
 */
export function GapList({ gaps, labels, locale, headingLevel, limit = 6 }: { gaps: HeatmapModel['gaps']; labels: CoverageLabels & FilterLabels; locale: string; headingLevel: number; limit?: number }) {
  const [expanded, setExpanded] = useState(false);
  const headingId = useId();
  const listId = useId();
  const Heading = `h${Math.min(6, headingLevel)}` as 'h4';
  const shown = expanded ? gaps : gaps.slice(0, limit);
  return (
    <section className="jk-coverage-heatmap__gaps" aria-labelledby={headingId} data-state={gaps.length === 0 ? 'none' : 'some'}>
      <Heading id={headingId} className="jk-coverage-heatmap__gaps-title">
        {labels.coverageGaps} <span className="jk-coverage-heatmap__gaps-count">{formatNumber(gaps.length, locale)}</span>
      </Heading>
      {gaps.length === 0 ? (
        <p className="jk-coverage-heatmap__no-gaps">{labels.coverageNoGaps}</p>
      ) : (
        <>
          <ul className="jk-coverage-heatmap__gap-list" id={listId}>
            {shown.map((gap) => (
              <li key={gap.key}>{gap.text}</li>
            ))}
          </ul>
          {gaps.length > limit ? (
            <button type="button" className="jk-coverage-heatmap__more" aria-expanded={expanded} aria-controls={listId} onClick={() => setExpanded(!expanded)}>
              {expanded ? labels.showFewer : formatLabel(labels.showAll, { n: formatNumber(gaps.length, locale) })}
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}
