import type { EmotionScale } from '@journeykit/core';
import { formatLabel } from '../../i18n/format-label';
import type { CommonLabels } from '../../i18n/labels/common';
import type { ComparisonLabels } from '../../i18n/labels/comparison';
import type { EmotionToneLabels } from '../../i18n/labels/emotion-tone';
import type { PersonaLabels } from '../../i18n/labels/persona';
import type { TimeLabels } from '../../i18n/labels/time';
import type { TouchpointLabels } from '../../i18n/labels/touchpoint';
import type { TouchpointDetailLabels } from '../../i18n/labels/touchpoint-details';
import { emotionTone, formatEmotion, formatList, toneLabel } from '../BuyingCenter/emotion';
import { EmotionFace } from '../BuyingCenter/EmotionFace';
import type { CSSProperties } from 'react';
import type { ChangeStatus, ComparisonEntry, ComparisonPhaseRow } from './comparison-model';

/** What the phase rows read: change badges, tones, and the names of every touchpoint field that can change. */
export type ComparisonPhaseLabels = ComparisonLabels & EmotionToneLabels & CommonLabels & TouchpointLabels & TouchpointDetailLabels & TimeLabels & Pick<PersonaLabels, 'needs'>;

/** Props of {@link ComparisonPhases}. */
export interface ComparisonPhasesProps {
  /** Phase rows from `comparisonPhases`. */
  rows: ComparisonPhaseRow[];
  /** Two columns or one merged list. */
  mode: 'side-by-side' | 'overlay';
  /** Emotion scales of the two states (faces of removed touchpoints use the current one). */
  scales: { current: EmotionScale; future: EmotionScale };
  /** Level of the phase headings. */
  headingLevel: 3 | 4 | 5 | 6;
  /** Resolved built-in labels. */
  labels: ComparisonPhaseLabels;
  /** Locale for numbers and lists. */
  locale: string;
  /** Prefix for element ids (from `useId`). */
  baseId: string;
}

const FIELD_LABELS: Partial<Record<string, keyof ComparisonPhaseLabels>> = {
  title: 'comparisonFieldTitle',
  emotion: 'emotion',
  desiredEmotion: 'desiredEmotion',
  painPoints: 'painPoints',
  opportunities: 'opportunities',
  action: 'action',
  thoughts: 'thoughts',
  needs: 'needs',
  channel: 'channel',
  mode: 'mode',
  influence: 'influence',
  owner: 'owner',
  importance: 'importance',
  risk: 'risk',
  performance: 'performance',
  metrics: 'metrics',
  evidence: 'evidence',
  links: 'links',
  keyMoment: 'keyMoment',
  personaIds: 'personas',
  phaseId: 'phase',
  at: 'when',
  duration: 'duration',
};

/** Display names of changed fields: built-in labels where one exists, else the field name. */
export function fieldNames(fields: readonly string[], labels: ComparisonPhaseLabels): string[] {
  return fields.map((field) => {
    const key = FIELD_LABELS[field];
    return key ? labels[key] : field;
  });
}

function statusLabel(status: ChangeStatus, labels: ComparisonPhaseLabels): string | null {
  return status === 'added' ? labels.comparisonAdded : status === 'removed' ? labels.comparisonRemoved : status === 'changed' ? labels.comparisonChanged : null;
}

function ChangeBadge({ entry, labels, locale }: { entry: ComparisonEntry; labels: ComparisonPhaseLabels; locale: string }) {
  const text = statusLabel(entry.status, labels);
  if (!text) return null;
  if (entry.status !== 'changed' || entry.fields.length === 0)
    return (
      <span className="jk-comparison__badge" data-change={entry.status}>
        {text}
      </span>
    );
  const fields = formatList(fieldNames(entry.fields, labels), locale);
  return (
    <span className="jk-comparison__badge" data-change="changed" tabIndex={0}>
      {text}
      <span className="jk-visually-hidden">: {fields}</span>
      <span className="jk-comparison__tooltip" aria-hidden="true">
        {formatLabel(labels.comparisonChangedFields, { fields })}
      </span>
    </span>
  );
}

/** Grid placement of a side-by-side column: its entries' rows (1-based) and the phase's row count. */
interface ColumnRows {
  rows: number[];
  count: number;
}

/** The rows of a column with no entry of their own: a gap opposite the other state's touchpoint. */
function gapRows({ rows, count }: ColumnRows): number[] {
  const taken = new Set(rows);
  return Array.from({ length: count }, (_, index) => index + 1).filter((row) => !taken.has(row));
}

function EntryList({
  entries,
  label,
  scales,
  showPrevious = false,
  placement,
  labels,
  locale,
}: {
  entries: ComparisonEntry[];
  label: string;
  scales: ComparisonPhasesProps['scales'];
  showPrevious?: boolean;
  /** Side by side: the grid rows of the entries, so both columns line up. */
  placement?: ColumnRows;
  labels: ComparisonPhaseLabels;
  locale: string;
}) {
  if (entries.length === 0)
    return (
      <p className="jk-comparison__none">
        <span className="jk-visually-hidden">{label}: </span>
        {labels.emptyPhase}
      </p>
    );
  const rowStyle = (row: number | undefined) => (row === undefined ? undefined : ({ '--jk-cmp-row': row } as CSSProperties));
  return (
    <ul className="jk-comparison__entries" aria-label={label}>
      {placement
        ? gapRows(placement).map((row) => <li key={`gap-${row}`} className="jk-comparison__gap" aria-hidden="true" style={rowStyle(row)} />)
        : null}
      {entries.map((entry, index) => {
        const scale = entry.status === 'removed' ? scales.current : scales.future;
        const previous = showPrevious && entry.previousEmotion !== undefined ? formatEmotion(entry.previousEmotion, locale, scales.current) : null;
        return (
        <li key={entry.id} className="jk-comparison__entry" data-change={entry.status} style={rowStyle(placement?.rows[index])}>
          <span className="jk-comparison__entry-title">{entry.title}</span>
          <span className="jk-comparison__entry-meta">
            <ChangeBadge entry={entry} labels={labels} locale={locale} />
            {entry.emotion === undefined ? null : (
              <span className="jk-comparison__entry-emotion">
                <EmotionFace value={entry.emotion} scale={scale} size={16} />
                <span aria-hidden="true">
                  {previous ? <span className="jk-comparison__entry-before">{previous} → </span> : null}
                  {formatEmotion(entry.emotion, locale, scale)}
                </span>
                <span className="jk-visually-hidden">
                  {labels.emotion} {previous ? `${previous} → ` : ''}
                  {formatEmotion(entry.emotion, locale, scale)} ({toneLabel(emotionTone(entry.emotion, scale), labels)})
                </span>
              </span>
            )}
          </span>
        </li>
        );
      })}
    </ul>
  );
}

/**
 * Per phase, the touchpoints of both states with change badges: two columns whose rows line up —
 * a touchpoint of both states in one row, a faint gap opposite one that is only in one state — or
 * one merged list in the overlay.
 */
export function ComparisonPhases({ rows, mode, scales, headingLevel, labels, locale, baseId }: ComparisonPhasesProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="jk-comparison__phases" data-mode={mode}>
      {mode === 'side-by-side' ? (
        <div className="jk-comparison__columns-head" aria-hidden="true">
          <span />
          <span>{labels.comparisonCurrent}</span>
          <span>{labels.comparisonFuture}</span>
        </div>
      ) : null}
      {rows.map((row) => {
        const headingId = `${baseId}-phase-${row.phaseId}`;
        const phaseBadge = row.status === 'added' ? labels.comparisonAdded : row.status === 'removed' ? labels.comparisonRemoved : null;
        return (
          <section key={row.phaseId} className="jk-comparison__phase" data-status={row.status} aria-labelledby={headingId} style={mode === 'side-by-side' ? ({ '--jk-cmp-rows': Math.max(1, row.rows.count) } as CSSProperties) : undefined}>
            <Heading className="jk-comparison__phase-name" id={headingId}>
              {row.name}
              {phaseBadge ? (
                <span className="jk-comparison__badge" data-change={row.status}>
                  {phaseBadge}
                </span>
              ) : null}
            </Heading>
            {mode === 'side-by-side' ? (
              <>
                {/* In a narrow comparison the lists stack; each says which state it is (wide, the column heads do). */}
                <span className="jk-comparison__state-caption" aria-hidden="true">
                  {labels.comparisonCurrent}
                </span>
                <EntryList entries={row.current} label={`${row.name} — ${labels.comparisonCurrent}`} scales={scales} placement={{ rows: row.rows.current, count: row.rows.count }} labels={labels} locale={locale} />
                <span className="jk-comparison__state-caption" aria-hidden="true">
                  {labels.comparisonFuture}
                </span>
                <EntryList entries={row.future} label={`${row.name} — ${labels.comparisonFuture}`} scales={scales} placement={{ rows: row.rows.future, count: row.rows.count }} labels={labels} locale={locale} />
              </>
            ) : (
              <EntryList entries={row.merged} label={row.name} scales={scales} showPrevious labels={labels} locale={locale} />
            )}
          </section>
        );
      })}
    </div>
  );
}
