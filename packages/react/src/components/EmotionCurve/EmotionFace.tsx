const round = (value: number) => Math.round(value * 100) / 100;

/**
 * The outline of a face as one SVG path, centred on `x`, `y`: the head (a circle of `radius`), two
 * eyes (short strokes, round caps make them dots) and a mouth that smiles at `mood` 1 and frowns at
 * −1 (clamped). Drawn with one stroke, so a face is a single element. Pure.
 */
export function facePath(x: number, y: number, mood: number, radius = 7): string {
  const r = radius;
  const bend = Math.max(-1, Math.min(1, mood)) * r * 0.45;
  const mouthY = y + r * 0.3 - bend * 0.3;
  const eyeY = y - r * 0.25;
  const eye = (cx: number) => `M${round(cx - r * 0.02)},${round(eyeY)}h${round(r * 0.04)}`;
  return [
    `M${round(x + r)},${round(y)}a${r},${r} 0 1,1 ${-2 * r},0a${r},${r} 0 1,1 ${2 * r},0`,
    eye(x - r * 0.35),
    eye(x + r * 0.35),
    `M${round(x - r * 0.45)},${round(mouthY)}Q${round(x)},${round(mouthY + bend)} ${round(x + r * 0.45)},${round(mouthY)}`,
  ].join('');
}

/** A small face for a score on the emotion scale: the mouth bends with the score (`mood` −1 … 1). Decorative. */
export function EmotionFace({ x, y, mood, radius = 7 }: { x: number; y: number; mood: number; radius?: number }) {
  const tone = mood > 0.01 ? 'positive' : mood < -0.01 ? 'negative' : 'neutral';
  return <path className="jk-emotion-face" data-tone={tone} d={facePath(x, y, mood, radius)} aria-hidden="true" />;
}
