import type { CommonLabels } from '../../i18n/labels/common';
import type { ComparisonLabels } from '../../i18n/labels/comparison';

/** What the lines, badges and marks of the comparison mean. */
export function ComparisonLegend({ labels }: { labels: ComparisonLabels & Pick<CommonLabels, 'legend'> }) {
  return (
    <ul className="jk-comparison__legend" aria-label={labels.legend}>
      <li>
        <svg width="28" height="10" aria-hidden="true" focusable="false">
          <line className="jk-comparison__legend-line" data-series="current" x1="1" x2="27" y1="5" y2="5" />
        </svg>
        {labels.comparisonCurrent}
      </li>
      <li>
        <svg width="28" height="10" aria-hidden="true" focusable="false">
          <line className="jk-comparison__legend-line" data-series="future" x1="1" x2="27" y1="5" y2="5" />
        </svg>
        {labels.comparisonFuture}
      </li>
      <li>
        <span className="jk-comparison__badge" data-change="added">{labels.comparisonAdded}</span>
        <span className="jk-comparison__badge" data-change="removed">{labels.comparisonRemoved}</span>
        <span className="jk-comparison__badge" data-change="changed">{labels.comparisonChanged}</span>
      </li>
      <li>
        <span className="jk-comparison__pain-icon" data-kind="fixed" aria-hidden="true">✓</span>
        {labels.comparisonPainFixed}
      </li>
      <li>
        <span className="jk-comparison__pain-icon" data-kind="introduced" aria-hidden="true">!</span>
        {labels.comparisonPainIntroduced}
      </li>
    </ul>
  );
}
