import { isSafeCssColor, roleLabel, type Persona } from '@journeykit/core';
import type { CSSProperties } from 'react';

/** The CSS custom property carrying a persona's own colour (only when it is a safe CSS colour). */
export function personaColorStyle(persona: Pick<Persona, 'color'>, style?: CSSProperties): CSSProperties | undefined {
  const color = typeof persona.color === 'string' && isSafeCssColor(persona.color) ? persona.color : undefined;
  return color ? ({ ...style, '--jk-persona-color': color } as CSSProperties) : style;
}

/**
 * A persona as a small chip: colour dot (the persona's colour, else its role's), name and,
 * optionally, its buying-center role as text (colour is never the only cue). Shared by the
 * dashboard pieces.
 */
export function PersonaChip({ persona, locale, showRole = false, className }: { persona: Persona; locale: string; showRole?: boolean; className?: string }) {
  return (
    <span className={['jk-persona-chip', className].filter(Boolean).join(' ')} data-role={persona.role} style={personaColorStyle(persona)}>
      <span className="jk-persona-chip__dot" aria-hidden="true" />
      <span className="jk-persona-chip__name">{persona.name}</span>
      {showRole ? (
        <>
          {' '}
          <span className="jk-persona-chip__role">{roleLabel(persona.role, locale)}</span>
        </>
      ) : null}
    </span>
  );
}
