/** The theme colours a dense canvas draws with, read from the `--jk-*` CSS variables. */
import { MARK_GROUPS } from './marks';

/** Resolved colours of one draw. */
export interface DenseColors {
  /** Fill per channel group slot (see `MARK_GROUPS`). */
  groups: string[];
  /** Emotion tone fills: negative, neutral, positive. */
  tones: [string, string, string];
  lane: string;
  laneAlt: string;
  line: string;
  text: string;
  flag: string;
  /** Stroke per persona id of the emotion series. */
  series: Map<string, string>;
}

/** `var(--jk-name, var(--jk-name-default))`, read from computed style; `fallback` when neither is set (e.g. no stylesheet). */
function token(style: CSSStyleDeclaration, name: string, fallback: string): string {
  return style.getPropertyValue(`--jk-${name}`).trim() || style.getPropertyValue(`--jk-${name}-default`).trim() || fallback;
}

/**
 * Reads every colour once per draw through `getComputedStyle(element)`, so themes and dark mode
 * (class `dark` / `jk-dark` on an ancestor) apply to the canvas as to the HTML around it.
 */
export function readDenseColors(element: Element, personas: { id: string; color?: string; tone: string }[]): DenseColors {
  const style = getComputedStyle(element);
  const series = new Map<string, string>();
  for (const persona of personas) series.set(persona.id, persona.color ?? token(style, `role-${persona.tone}`, '#5a6170'));
  return {
    groups: MARK_GROUPS.map((group) => token(style, `channel-${group}`, '#6b7482')),
    tones: [token(style, 'emotion-negative', '#d64545'), token(style, 'emotion-neutral', '#9aa3af'), token(style, 'emotion-positive', '#2a9d68')],
    lane: token(style, 'color-surface', '#ffffff'),
    laneAlt: token(style, 'color-surface-muted', '#f0f2f5'),
    line: token(style, 'color-border', '#dde1e7'),
    text: token(style, 'color-text-muted', '#5b6574'),
    flag: token(style, 'color-key-moment', '#97690a'),
    series,
  };
}
