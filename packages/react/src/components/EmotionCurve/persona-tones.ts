import { BUYING_CENTER_ROLES, isSafeCssColor, type BuyingCenterRole, type Persona } from '@journeykit/core';
import { path, type Path } from 'd3-path';
import { symbolCircle, symbolDiamond, symbolSquare, symbolTriangle, symbolWye, symbolStar, type CanvasPath_D3Shape, type SymbolType } from 'd3-shape';

/** How a persona is drawn: its own safe colour, else a role token; plus a marker shape so colour is never the only cue. */
export interface PersonaTone {
  /** The persona's `color` when it is a safe CSS colour. */
  color?: string;
  /** The role token (`--jk-role-<tone>`) used when there is no own colour (`data-tone`). */
  tone: BuyingCenterRole;
  /** Marker shape, by position of the persona in the journey. */
  shape: MarkerShape;
}

/** The marker shapes, one per persona position (cycling). */
export const MARKER_SHAPES = ['circle', 'square', 'diamond', 'triangle', 'wye', 'star'] as const;
/** A marker shape of {@link MARKER_SHAPES}. */
export type MarkerShape = (typeof MARKER_SHAPES)[number];

const MARKER_SYMBOLS: Record<MarkerShape, SymbolType> = {
  circle: symbolCircle,
  square: symbolSquare,
  diamond: symbolDiamond,
  triangle: symbolTriangle,
  wye: symbolWye,
  star: symbolStar,
};

/** SVG path of a marker centred on (0, 0) whose area matches a circle of `radius` (a d3 symbol). */
export function markerPath(shape: MarkerShape, radius: number): string {
  const target = path();
  drawMarker(target, shape, radius, 0, 0);
  return target.toString();
}

/** A drawing context that moves everything drawn into `target` by (dx, dy): lets d3's symbols be drawn anywhere. */
function translated(target: Path, dx: number, dy: number): CanvasPath_D3Shape {
  return {
    moveTo: (x, y) => target.moveTo(x + dx, y + dy),
    lineTo: (x, y) => target.lineTo(x + dx, y + dy),
    closePath: () => target.closePath(),
    arc: (x, y, radius, start, end, counterclockwise) => target.arc(x + dx, y + dy, radius, start, end, counterclockwise),
    arcTo: (x1, y1, x2, y2, radius) => target.arcTo(x1 + dx, y1 + dy, x2 + dx, y2 + dy, radius),
    bezierCurveTo: (a, b, c, d, x, y) => target.bezierCurveTo(a + dx, b + dy, c + dx, d + dy, x + dx, y + dy),
    quadraticCurveTo: (a, b, x, y) => target.quadraticCurveTo(a + dx, b + dy, x + dx, y + dy),
    rect: (x, y, width, height) => target.rect(x + dx, y + dy, width, height),
    // d3-path has no ellipse and no symbol draws one; a circular one is an arc.
    ellipse: (x, y, radiusX, _radiusY, _rotation, start, end, counterclockwise) => target.arc(x + dx, y + dy, radiusX, start, end, counterclockwise),
  };
}

/** Draws a marker of `shape` whose area matches a circle of `radius`, centred on (x, y). */
export function drawMarker(target: Path, shape: MarkerShape, radius: number, x: number, y: number): void {
  MARKER_SYMBOLS[shape].draw(translated(target, x, y), Math.PI * radius * radius);
}

/**
 * Colour and shape of every persona. A persona without a safe colour takes its role token; when an
 * earlier persona already uses that token, the next unused role token (ordinal), so two users
 * without colours still differ.
 */
export function personaTones(personas: readonly Pick<Persona, 'id' | 'role' | 'color'>[]): Map<string, PersonaTone> {
  const used = new Set<BuyingCenterRole>();
  const tones = new Map<string, PersonaTone>();
  personas.forEach((persona, index) => {
    const color = typeof persona.color === 'string' && isSafeCssColor(persona.color) ? persona.color.trim() : undefined;
    const own = BUYING_CENTER_ROLES.includes(persona.role) ? persona.role : 'gatekeeper';
    let tone = own;
    if (!color && used.has(own)) tone = BUYING_CENTER_ROLES.find((role) => !used.has(role)) ?? own;
    if (!color) used.add(tone);
    tones.set(persona.id, { ...(color ? { color } : {}), tone, shape: MARKER_SHAPES[index % MARKER_SHAPES.length]! });
  });
  return tones;
}

/** `style` for an element drawn in a persona's colour: the safe colour as `--jk-series-color`, else nothing (CSS picks the tone). */
export function toneStyle(tone: PersonaTone | undefined): Record<string, string> | undefined {
  return tone?.color ? { '--jk-series-color': tone.color } : undefined;
}
