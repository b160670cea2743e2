import type { EmotionScale } from '@journeykit/core';
import type { BuyingCenterLabels } from '../../i18n/labels/buying-center';
import type { CommonLabels } from '../../i18n/labels/common';
import type { EmotionToneLabels } from '../../i18n/labels/emotion-tone';
import { formatEmotion } from './emotion';
import { EmotionFace } from './EmotionFace';

/** Props of {@link BuyingCenterLegend}. */
export interface BuyingCenterLegendProps {
  /** Resolved built-in labels. */
  labels: BuyingCenterLabels & Pick<EmotionToneLabels, 'comparisonMeanEmotion'> & Pick<CommonLabels, 'legend' | 'touchpoints'>;
  /** The journey's emotion scale. */
  scale: EmotionScale;
  /** Show the consensus-risk entry. */
  hasRisk: boolean;
  /** Show the declared ≠ first-active entry. */
  hasMismatch: boolean;
  /** Locale for numbers and lists. */
  locale: string;
}

/** What the bar, faces and markers of the buying-center matrix mean. */
export function BuyingCenterLegend({ labels, scale, hasRisk, hasMismatch, locale }: BuyingCenterLegendProps) {
  return (
    <ul className="jk-buying-center__legend" aria-label={labels.legend}>
      <li>
        <span className="jk-buying-center__bar jk-buying-center__bar--legend" aria-hidden="true">
          <span className="jk-buying-center__bar-fill" style={{ width: '60%' }} />
        </span>
        {labels.buyingCenterActivity} ({labels.touchpoints})
      </li>
      <li>
        <span className="jk-buying-center__legend-faces" aria-hidden="true">
          <span className="jk-buying-center__emotion" data-tone="negative"><EmotionFace value={scale.min} scale={scale} size={16} /></span>
          <span className="jk-buying-center__emotion" data-tone="neutral"><EmotionFace value={(scale.min + scale.max) / 2} scale={scale} size={16} /></span>
          <span className="jk-buying-center__emotion" data-tone="positive"><EmotionFace value={scale.max} scale={scale} size={16} /></span>
        </span>
        {labels.comparisonMeanEmotion} ({formatEmotion(scale.min, locale, scale)} … {formatEmotion(scale.max, locale, scale)})
      </li>
      <li>
        <span className="jk-buying-center__marker" data-marker="joins" aria-hidden="true">→</span>
        {labels.buyingCenterJoinsHere}
      </li>
      {hasMismatch ? (
        <li>
          <span className="jk-buying-center__marker" data-marker="declared" aria-hidden="true">○</span>
          {labels.buyingCenterDeclaredJoin} ≠ {labels.buyingCenterFirstActive}
        </li>
      ) : null}
      {hasRisk ? (
        <li>
          <span className="jk-buying-center__risk-badge" aria-hidden="true">!</span>
          {labels.buyingCenterConsensusRisk}
        </li>
      ) : null}
    </ul>
  );
}
