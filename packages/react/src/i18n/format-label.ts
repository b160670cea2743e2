/**
 * Fills `{name}` placeholders of a label.
 * @example formatLabel('Day {n}', { n: 14 }) // 'Day 14'
 */
export function formatLabel(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
