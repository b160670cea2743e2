import { analyzeJourney, type Journey } from '@journeykit/core';
import { formatLabel } from '../../i18n/format-label';
import type { CommonLabels } from '../../i18n/labels/common';
import type { StatsLabels } from '../../i18n/labels/stats';
import type { TimeLabels } from '../../i18n/labels/time';
import type { TouchpointLabels } from '../../i18n/labels/touchpoint';
import { formatNumber, formatPercent, formatSigned, pluralLabel } from '../../i18n/numbers';

/** A headline figure `JourneyStats` can show. */
export type JourneyStatKey = 'touchpoints' | 'personas' | 'duration' | 'painPoints' | 'keyMoments' | 'emotion' | 'onlineShare' | 'funnelDropOff';

/** Every figure, in the order they are shown. */
export const JOURNEY_STAT_KEYS: readonly JourneyStatKey[] = ['touchpoints', 'personas', 'duration', 'painPoints', 'keyMoments', 'emotion', 'onlineShare', 'funnelDropOff'];

/** One tile: the value as text (`null` when the data is missing), a caption and an optional small gauge. */
export interface StatTile {
  key: JourneyStatKey;
  label: string;
  /** The formatted value; `null` renders "—" with `caption` as the explanation. */
  value: string | null;
  /** A unit printed smaller after the value ("weeks"). */
  unit?: string;
  caption: string;
  tone?: 'negative' | 'warning' | 'positive';
  /** A 0…1 gauge under the value, with an optional marker (e.g. the desired emotion). */
  gauge?: { value: number; marker?: number };
}

/** Mean of the recorded values, or `null` (missing data is never 0). Small presentation helper; core's emotion curve has per-phase means only. */
function meanOf(values: readonly (number | undefined)[]): number | null {
  const present = values.filter((value): value is number => value !== undefined);
  return present.length === 0 ? null : present.reduce((sum, value) => sum + value, 0) / present.length;
}

/** "18 weeks" → value "18", unit "weeks" (the number is the part with digits). */
function withUnit(text: string): { value: string; unit?: string } {
  const match = /^(\S*\d\S*)\s+(.+)$/.exec(text);
  return match ? { value: match[1]!, unit: match[2]! } : { value: text };
}

/** The tiles for `keys`, from one `analyzeJourney` run. */
export function statTiles(journey: Journey, keys: readonly JourneyStatKey[], labels: StatsLabels & TimeLabels & Pick<CommonLabels, 'touchpoints' | 'personas'> & Pick<TouchpointLabels, 'painPoints'>, locale: string): StatTile[] {
  const analysis = analyzeJourney(journey);
  const num = (value: number, digits = 0) => formatNumber(value, locale, digits);
  const phaseName = (id: string) => journey.phases.find((phase) => phase.id === id)?.name ?? id;
  const { min, max } = journey.emotionScale;
  const onScale = (value: number) => (value - min) / (max - min);

  const build: Record<JourneyStatKey, () => StatTile> = {
    touchpoints: () => ({ key: 'touchpoints', label: labels.touchpoints, value: num(journey.touchpoints.length), caption: pluralLabel(journey.phases.length, locale, labels.statTouchpointsCaptionOne, labels.statTouchpointsCaption) }),
    personas: () => ({
      key: 'personas',
      label: labels.personas,
      value: num(journey.personas.length),
      caption: pluralLabel(new Set(journey.personas.map((persona) => persona.role)).size, locale, labels.statPersonasCaptionOne, labels.statPersonasCaption),
    }),
    duration: () => {
      const days = analysis.timing.totalDays;
      if (days === null) return { key: 'duration', label: labels.duration, value: null, caption: labels.statUntimed };
      const roundedDays = Math.round(days * 10) / 10;
      const dayText = pluralLabel(roundedDays, locale, labels.dayOne, labels.days);
      if (days < 21) return { key: 'duration', label: labels.duration, ...withUnit(dayText), caption: labels.statDurationCaption };
      const weeks = days / 7;
      return { key: 'duration', label: labels.duration, ...withUnit(formatLabel(labels.weeks, { n: num(weeks, weeks < 10 ? 1 : 0) })), caption: `${dayText} · ${labels.statDurationCaption}` };
    },
    painPoints: () => {
      const count = analysis.painPoints.length;
      const at = new Set(analysis.painPoints.map((pain) => pain.touchpointId)).size;
      return { key: 'painPoints', label: labels.painPoints, value: num(count), caption: pluralLabel(at, locale, labels.statPainPointsCaptionOne, labels.statPainPointsCaption), tone: count > 0 ? 'negative' : undefined };
    },
    keyMoments: () => {
      const moments = analysis.keyMoments;
      const atRisk = moments.filter((moment) => moment.atRisk === true).length;
      const unknown = moments.filter((moment) => moment.atRisk === null).length;
      const caption = [formatLabel(labels.statKeyMomentsCaption, { n: num(atRisk) }), unknown > 0 ? formatLabel(labels.statKeyMomentsUnknown, { n: num(unknown) }) : ''].filter(Boolean).join(' · ');
      return { key: 'keyMoments', label: labels.keyMoments, value: num(moments.length), caption, tone: atRisk > 0 ? 'warning' : undefined };
    },
    emotion: () => {
      const points = analysis.emotion.all?.points ?? [];
      const felt = meanOf(points.map((point) => point.emotion));
      const desired = meanOf(points.map((point) => point.desired));
      const scale = { min: formatSigned(min, locale, 0), max: formatSigned(max, locale, 0) };
      if (felt === null) return { key: 'emotion', label: labels.statAverageEmotion, value: null, caption: labels.statNoEmotion };
      return {
        key: 'emotion',
        label: labels.statAverageEmotion,
        value: formatSigned(felt, locale, 1),
        caption: formatLabel(labels.statEmotionCaption, { desired: desired === null ? '—' : formatSigned(desired, locale, 1), ...scale }),
        tone: desired !== null && felt < desired ? 'warning' : felt >= 0 ? 'positive' : 'negative',
        gauge: { value: onScale(felt), marker: desired === null ? undefined : onScale(desired) },
      };
    },
    onlineShare: () => {
      const { onlineShare, online, offline } = analysis.channelMix.overall;
      if (onlineShare === null) return { key: 'onlineShare', label: labels.statOnlineShare, value: null, caption: labels.statNoTouchpoints };
      return {
        key: 'onlineShare',
        label: labels.statOnlineShare,
        value: formatPercent(onlineShare, locale),
        caption: formatLabel(labels.statOnlineCaption, { online: num(online), offline: num(offline) }),
        gauge: { value: onlineShare },
      };
    },
    funnelDropOff: () => {
      const { overallConversion, phases } = analysis.funnel;
      const measured = phases.filter((phase) => phase.volume !== null);
      const first = measured[0];
      const last = measured[measured.length - 1];
      if (overallConversion === null || !first || !last) return { key: 'funnelDropOff', label: labels.statFunnelDropOff, value: null, caption: labels.statNoFunnel };
      const from = `${phaseName(first.phaseId)} (${num(first.volume!)})`;
      const to = `${phaseName(last.phaseId)} (${num(last.volume!)})`;
      const dropOff = 1 - overallConversion;
      return {
        key: 'funnelDropOff',
        label: labels.statFunnelDropOff,
        value: formatPercent(dropOff, locale),
        caption: formatLabel(labels.statFunnelCaption, { from, to }),
        tone: dropOff >= 0.5 ? 'negative' : undefined,
        gauge: { value: Math.min(1, Math.max(0, dropOff)) },
      };
    },
  };
  const seen = new Set<JourneyStatKey>();
  return keys.filter((key) => key in build && !seen.has(key) && seen.add(key)).map((key) => build[key]());
}
