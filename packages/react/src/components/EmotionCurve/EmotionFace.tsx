/** A small face for a score on the emotion scale: the mouth bends with the score (`mood` −1 … 1). Decorative. */
export function EmotionFace({ x, y, mood, radius = 7 }: { x: number; y: number; mood: number; radius?: number }) {
  const r = radius;
  const bend = Math.max(-1, Math.min(1, mood)) * r * 0.45;
  const mouthY = r * 0.3 - bend * 0.3;
  const mouth = `M${-r * 0.45},${mouthY} Q0,${mouthY + bend} ${r * 0.45},${mouthY}`;
  const tone = mood > 0.01 ? 'positive' : mood < -0.01 ? 'negative' : 'neutral';
  return (
    <g className="jk-emotion-face" data-tone={tone} transform={`translate(${x},${y})`} aria-hidden="true">
      <circle r={r} className="jk-emotion-face__head" />
      <circle cx={-r * 0.35} cy={-r * 0.25} r={r * 0.11} className="jk-emotion-face__eye" />
      <circle cx={r * 0.35} cy={-r * 0.25} r={r * 0.11} className="jk-emotion-face__eye" />
      <path d={mouth} className="jk-emotion-face__mouth" />
    </g>
  );
}
