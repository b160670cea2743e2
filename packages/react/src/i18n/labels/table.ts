import { LOCALES, type Locale } from '@journeykit/core';

/** The texts of one area in every locale: each locale holds exactly the area's keys. */
export type LabelTable<Labels> = Readonly<Record<Locale, Labels>>;

/** The texts of all the given tables together. */
type LabelsOfAll<Tables extends readonly LabelTable<unknown>[]> = Tables extends readonly [infer First extends LabelTable<unknown>, ...infer Rest extends readonly LabelTable<unknown>[]]
  ? First['en'] & LabelsOfAll<Rest>
  : unknown;

/**
 * One table with the texts of several areas, per locale: what a component resolves through
 * `useLabels`. Build it once, as a module-level constant whose call carries a `@__PURE__`
 * annotation (so a bundler drops it with an unused component); every instance of the component
 * then shares its object per locale.
 * @example const LEGEND_LABELS = combineLabels(commonLabels, touchpointLabels, legendLabels);
 */
export function combineLabels<Tables extends readonly LabelTable<unknown>[]>(...tables: Tables): LabelTable<LabelsOfAll<Tables>> {
  const combined = {} as Record<Locale, LabelsOfAll<Tables>>;
  for (const locale of LOCALES) combined[locale] = Object.assign({}, ...tables.map((table) => table[locale])) as LabelsOfAll<Tables>;
  return combined;
}
