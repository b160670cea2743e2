import { safeImageUrl } from '@journeykit/core';
import { useState } from 'react';

/** Initials of a name: first letters of the first and last word, e.g. "Dr. Anna Berger" → "AB". */
export function initialsOf(name: string): string {
  const words = name
    .replace(/\b(?:dr|prof|mr|mrs|ms|hr|fr)\.\s*/gi, '')
    .split(/\s+/)
    .filter((word) => /\p{L}|\p{N}/u.test(word));
  const first = words[0]?.match(/[\p{L}\p{N}]/u)?.[0] ?? '?';
  const last = words.length > 1 ? (words[words.length - 1]?.match(/[\p{L}\p{N}]/u)?.[0] ?? '') : '';
  return (first + last).toUpperCase();
}

/** Props of {@link PersonaAvatar}. */
export interface PersonaAvatarProps {
  /** Person's name, for the initials fallback. */
  name: string;
  /** Image URL; only absolute http(s) URLs are loaded, anything else shows initials. */
  src?: string;
  /** Diameter in pixels. @default 48 */
  size?: number;
}

/** A round avatar: the persona's image, or initials when there is none or it fails to load. Decorative (the name is in the heading). */
export function PersonaAvatar({ name, src, size = 48 }: PersonaAvatarProps) {
  const [failed, setFailed] = useState(false);
  const url = typeof src === 'string' ? safeImageUrl(src) : null;
  const style = { width: size, height: size, fontSize: Math.round(size * 0.38) };
  if (url && !failed)
    return <img className="jk-avatar" src={url} alt="" width={size} height={size} style={style} onError={() => setFailed(true)} referrerPolicy="no-referrer" />;
  return (
    <span className="jk-avatar jk-avatar--initials" aria-hidden="true" style={style}>
      {initialsOf(name)}
    </span>
  );
}
