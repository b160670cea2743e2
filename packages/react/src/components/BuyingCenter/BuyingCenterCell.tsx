import type { EmotionScale, PersonaPhaseEmotion } from '@journeykit/core';
import { formatLabel } from '../../i18n/format-label';
import type { BuyingCenterLabels } from '../../i18n/labels/buying-center';
import type { CommonLabels } from '../../i18n/labels/common';
import type { EmotionToneLabels } from '../../i18n/labels/emotion-tone';
import type { JoinMarker } from './buying-center-view';
import { touchpointCountText } from './buying-center-view';
import { emotionTone, formatEmotion, toneLabel } from './emotion';
import { EmotionFace } from './EmotionFace';

/** Props of {@link BuyingCenterCell}. */
export interface BuyingCenterCellProps {
  /** The persona's figures in this phase. */
  cell: PersonaPhaseEmotion;
  /** The largest touchpoint count of the matrix (bar scale). */
  maxCount: number;
  /** The join marker of this cell. */
  marker: JoinMarker | null;
  /** The sentence explaining a declared join that differs from the first touchpoint. */
  mismatch: string | null;
  /** The persona is active before its declared join (a finding). */
  early: boolean;
  /** Outside the current filters. */
  dimmed: boolean;
  /** The phase is a consensus risk. */
  risk: boolean;
  /** The journey's emotion scale. */
  scale: EmotionScale;
  /** Resolved built-in labels. */
  labels: BuyingCenterLabels & EmotionToneLabels & Pick<CommonLabels, 'emptyCell'>;
  /** Locale for numbers and lists. */
  locale: string;
}

/** One persona × phase cell: activity bar with count, mean-emotion face with number, join marker. */
export function BuyingCenterCell({ cell, maxCount, marker, mismatch, early, dimmed, risk, scale, labels, locale }: BuyingCenterCellProps) {
  const active = cell.touchpointCount > 0;
  const mean = cell.meanEmotion;
  const tone = mean === null ? undefined : emotionTone(mean, scale);
  const markerText =
    marker === 'joins' ? labels.buyingCenterJoinsHere : marker === 'declared' ? labels.buyingCenterDeclaredJoin : marker === 'first' ? labels.buyingCenterFirstActive : null;
  const spoken = [
    active ? touchpointCountText(cell.touchpointCount, labels, locale) : labels.emptyCell,
    active ? (mean === null ? labels.buyingCenterNoEmotion : formatLabel(labels.buyingCenterMeanEmotion, { value: formatEmotion(mean, locale, scale), tone: toneLabel(tone!, labels) })) : null,
    markerText,
    marker && marker !== 'joins' ? mismatch : null,
  ].filter(Boolean);

  return (
    <td className="jk-buying-center__cell" data-active={active || undefined} data-tone={tone} data-dimmed={dimmed || undefined} data-risk={risk || undefined} data-marker={marker ?? undefined}>
      <span className="jk-visually-hidden">{spoken.join('. ')}</span>
      <div className="jk-buying-center__cell-body" aria-hidden="true">
        {active ? (
          <>
            <span className="jk-buying-center__activity">
              <span className="jk-buying-center__bar">
                <span className="jk-buying-center__bar-fill" style={{ width: `${Math.max(12, (cell.touchpointCount / Math.max(1, maxCount)) * 100)}%` }} />
              </span>
              <span className="jk-buying-center__count">{cell.touchpointCount}</span>
            </span>
            <span className="jk-buying-center__emotion" data-tone={tone ?? 'none'}>
              <EmotionFace value={mean} scale={scale} size={18} />
              <span className="jk-buying-center__emotion-value">{mean === null ? '–' : formatEmotion(mean, locale, scale)}</span>
            </span>
          </>
        ) : (
          <span className="jk-buying-center__empty">–</span>
        )}
        {markerText ? (
          <span className="jk-buying-center__marker" data-marker={marker} data-early={(marker === 'first' && early) || undefined} title={mismatch ?? undefined}>
            <svg viewBox="0 0 12 12" width="10" height="10" focusable="false">
              {marker === 'declared' ? <circle cx="6" cy="6" r="4.2" fill="none" stroke="currentColor" strokeWidth="1.6" /> : <path d="M1.5 6h7M6 2.5 9.5 6 6 9.5" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />}
            </svg>
            {markerText}
          </span>
        ) : null}
      </div>
    </td>
  );
}
