import type { AnalysisContext } from './context';
import { emotionThresholds, makeFinding, numberOption, pushEmotionFindings, pushExplicit, TextCache, type Finding, type FindingOptions } from './findings';

/** Options of the opportunity rules (see `opportunities`). */
export interface OpportunityRuleOptions extends FindingOptions {
  /** A touchpoint performing at or below this (1…5) … @default 2 */
  maxPerformance?: number;
  /** … with an importance at or above this (1…5) is `under-performing`. @default 4 */
  minImportance?: number;
  /** A touchpoint whose `metrics.dropOffRate` is at or above this (0…1) is `high-drop-off`. @default 0.3 */
  dropOffThreshold?: number;
}

/** Pain points and opportunities found in one pass; `null` for a list not asked for. */
export interface CollectedFindings {
  /** The pain points, in reading order. */
  painPoints: Finding[] | null;
  /** The opportunities, in reading order. */
  opportunities: Finding[] | null;
}

function roundPercent(rate: number): number {
  return Math.round(rate * 1000) / 10;
}

/**
 * Finds pain points and/or opportunities in one pass over the reading order. When both lists
 * use the same emotion thresholds, their `low-emotion` and `emotion-gap` findings are the same
 * objects (a pain point is an opportunity), computed once.
 */
export function collectFindings(context: AnalysisContext, painOptions: FindingOptions | null, opportunityOptions: OpportunityRuleOptions | null): CollectedFindings {
  const pains: Finding[] | null = painOptions ? [] : null;
  const opportunities: Finding[] | null = opportunityOptions ? [] : null;
  const painThresholds = painOptions ? emotionThresholds(context, painOptions) : null;
  const painDerived = painOptions?.derived !== false;
  const opportunityDerived = opportunityOptions?.derived !== false;
  const opportunityThresholds = opportunityOptions ? emotionThresholds(context, opportunityOptions) : null;
  const maxPerformance = numberOption(opportunityOptions?.maxPerformance, 'maxPerformance', 2);
  const minImportance = numberOption(opportunityOptions?.minImportance, 'minImportance', 4);
  const dropOffThreshold = numberOption(opportunityOptions?.dropOffThreshold, 'dropOffThreshold', 0.3);
  const shareEmotionFindings =
    painThresholds !== null &&
    opportunityThresholds !== null &&
    painDerived &&
    painThresholds.lowEmotion === opportunityThresholds.lowEmotion &&
    painThresholds.emotionGap === opportunityThresholds.emotionGap;

  const painEmotionTexts = new TextCache();
  const opportunityEmotionTexts = new TextCache();
  const performanceTexts = new TextCache();
  const dropOffTexts = new TextCache();
  const { columns } = context;
  const { order } = context;
  for (let position = 0; position < order.length; position += 1) {
    const index = order[position]!;
    let emotionStart = 0;
    let emotionEnd = 0;
    if (pains && painThresholds) {
      pushExplicit(context, index, 'pain', columns.painPoints[index], pains);
      emotionStart = pains.length;
      if (painDerived) pushEmotionFindings(context, index, painThresholds, painEmotionTexts, pains);
      emotionEnd = pains.length;
    }
    if (!opportunities || !opportunityThresholds) continue;
    pushExplicit(context, index, 'opportunity', columns.opportunities[index], opportunities);
    if (!opportunityDerived) continue;
    if (shareEmotionFindings) for (let i = emotionStart; i < emotionEnd; i += 1) opportunities.push(pains![i]!);
    else pushEmotionFindings(context, index, opportunityThresholds, opportunityEmotionTexts, opportunities);

    const performance = columns.performance[index]!;
    const importance = columns.importance[index]!;
    const id = columns.id[index]!;
    if (performance <= maxPerformance && importance >= minImportance)
      opportunities.push(
        makeFinding(
          context,
          index,
          `${id}:under-performing`,
          'under-performing',
          performanceTexts.get(performance, importance) ??
            performanceTexts.set(performance, importance, `Performs poorly (${performance} of 5) at an important touchpoint (importance ${importance} of 5)`),
          (5 - performance) / 4,
          performance,
          maxPerformance,
        ),
      );
    const dropOffRate = columns.dropOffRate[index]!;
    if (dropOffRate >= dropOffThreshold)
      opportunities.push(
        makeFinding(
          context,
          index,
          `${id}:high-drop-off`,
          'high-drop-off',
          dropOffTexts.get(dropOffRate, 0) ?? dropOffTexts.set(dropOffRate, 0, `High drop-off: ${roundPercent(dropOffRate)} % of buyers leave here`),
          dropOffRate,
          dropOffRate,
          dropOffThreshold,
        ),
      );
  }
  return { painPoints: pains, opportunities };
}
