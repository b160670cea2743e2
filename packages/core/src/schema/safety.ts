/**
 * Gatekeepers for values from documents that reach a style or an attribute. Components render
 * document text only as text; these decide whether a colour may reach `style` and whether a URL
 * may become an `href` or an `<img src>`.
 */

const HEX = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const FUNCTIONAL = /^(?:rgba?|hsla?)\(\s*[-+0-9.%\s,/]+\)$/i;
const NAMED = /^[a-z]{3,24}$/i;

/**
 * Whether `value` is a plain CSS colour: `#rgb`, `#rrggbb` (with optional alpha), `rgb()`,
 * `rgba()`, `hsl()`, `hsla()` with numeric arguments, or a colour keyword. Anything else
 * (`url(...)`, `expression(...)`, `var(...)`, text with `;`) is refused.
 */
export function isSafeCssColor(value: string): boolean {
  const trimmed = value.trim();
  return trimmed.length <= 64 && (HEX.test(trimmed) || FUNCTIONAL.test(trimmed) || NAMED.test(trimmed));
}

function parseAbsoluteUrl(value: string): URL | null {
  try {
    return new URL(value.trim());
  } catch {
    return null;
  }
}

/**
 * The normalised URL when `value` is an absolute `http:`, `https:` or `mailto:` URL, else `null`.
 * Parsing follows the WHATWG URL standard, as browsers do, so mixed case, embedded tabs and
 * leading spaces (`" JaVa\tScript:"`) are seen for what they are.
 * @example safeLinkUrl('javascript:alert(1)') // null
 */
export function safeLinkUrl(value: string): string | null {
  const url = parseAbsoluteUrl(value);
  return url && (url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'mailto:') ? url.href : null;
}

/** The normalised URL when `value` is an absolute `http:` or `https:` URL (for images), else `null`. */
export function safeImageUrl(value: string): string | null {
  const url = parseAbsoluteUrl(value);
  return url && (url.protocol === 'http:' || url.protocol === 'https:') ? url.href : null;
}
