/** Gathers the CSS an exported map needs: journeykit's rules and the resolved theme variables. */

/** Whether a style rule concerns journeykit markup (its classes or data attributes) or the theme roots. */
function isJourneykitRule(selector: string): boolean {
  return /\.jk-|\[data-jk|:root|\.dark\b/.test(selector);
}

function rulesOf(sheet: CSSStyleSheet): CSSRuleList | null {
  try {
    return sheet.cssRules;
  } catch {
    return null; // a cross-origin stylesheet: not readable, and not ours
  }
}

/** The text of every journeykit style rule on the page (print rules left out), and its @font-face rules. */
export function collectStyleText(document: Document): { css: string; fontFaces: CSSFontFaceRule[] } {
  const parts: string[] = [];
  const fontFaces: CSSFontFaceRule[] = [];
  const visit = (rules: CSSRuleList) => {
    for (const rule of Array.from(rules)) {
      if (rule instanceof CSSStyleRule) {
        if (isJourneykitRule(rule.selectorText)) parts.push(rule.cssText);
      } else if (rule instanceof CSSMediaRule) {
        if (!/\bprint\b/.test(rule.conditionText)) visit(rule.cssRules);
      } else if (rule instanceof CSSFontFaceRule) {
        fontFaces.push(rule);
      } else if ('cssRules' in rule && rule.cssRules instanceof CSSRuleList) {
        visit(rule.cssRules); // @layer, @supports
      }
    }
  };
  for (const sheet of Array.from(document.styleSheets)) {
    const rules = rulesOf(sheet);
    if (rules) visit(rules);
  }
  return { css: parts.join('\n'), fontFaces };
}

/**
 * The computed value of every `--jk-*` custom property at `element`, as a declaration list. Set on
 * the exported root, it freezes the current theme (light, dark, or the host's overrides).
 */
export function resolvedThemeDeclarations(element: Element): string {
  const style = getComputedStyle(element);
  const declarations: string[] = [];
  for (let index = 0; index < style.length; index++) {
    const name = style.item(index);
    if (name.startsWith('--jk-')) declarations.push(`${name}: ${style.getPropertyValue(name).trim()}`);
  }
  for (const property of ['font-family', 'font-size', 'line-height', 'color']) declarations.push(`${property}: ${style.getPropertyValue(property)}`);
  return declarations.join('; ');
}
