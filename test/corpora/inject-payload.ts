/**
 * Puts one XSS payload into every text field and every URL field of a journey document, keeping
 * it valid: ids become `<payload>#n` (unique, references rewritten alike), enum fields, dates and
 * the locale stay as they are. Returns the document and the dotted paths of the fields it changed.
 */
import type { JourneyDocument } from '@journeykit/core';

/** Keys whose values are fixed vocabularies or formats, not free text. */
const NOT_TEXT = new Set(['version', 'type', 'role', 'mode', 'influence', 'source', 'locale', 'startDate', 'at', 'color']);
const ID_KEYS = new Set(['id', 'phaseId', 'joinsAt']);

export interface InjectedDocument {
  document: JourneyDocument;
  /** Paths changed, e.g. `touchpoints.3.painPoints.0`. */
  fields: string[];
}

/** Injects `payload` (kind `text` or `url` into text and URL fields; kind `color` into persona colours as well). */
export function injectPayload(base: JourneyDocument, payload: string, kind: 'text' | 'url' | 'color'): InjectedDocument {
  const fields: string[] = [];
  const ids = new Map<string, string>();
  const idFor = (old: string) => {
    let next = ids.get(old);
    if (!next) ids.set(old, (next = `${payload.trim().slice(0, 150) || 'id'}#${ids.size}`));
    return next;
  };

  const walk = (value: unknown, path: string[], key: string): unknown => {
    if (typeof value === 'string') {
      if (key === 'color') {
        if (kind !== 'color') return value;
        fields.push(path.join('.'));
        return payload;
      }
      if (NOT_TEXT.has(key)) return value;
      if (ID_KEYS.has(key) || path[path.length - 2] === 'personaIds') {
        fields.push(path.join('.'));
        return idFor(value);
      }
      fields.push(path.join('.'));
      return payload;
    }
    if (Array.isArray(value)) return value.map((item, index) => walk(item, [...path, String(index)], key));
    if (typeof value === 'object' && value !== null)
      return Object.fromEntries(Object.entries(value).map(([childKey, child]) => [childKey, walk(child, [...path, childKey], childKey)]));
    return value;
  };

  const document = walk(structuredClone(base), [], '') as JourneyDocument;
  if (kind === 'color')
    document.personas.forEach((persona, index) => {
      if (persona.color === payload) return;
      persona.color = payload;
      fields.push(`personas.${index}.color`);
    });
  return { document, fields };
}
