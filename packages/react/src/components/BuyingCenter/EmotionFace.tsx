import type { EmotionScale } from '@journeykit/core';
import { emotionRatio, emotionTone } from './emotion';

/** Props of {@link EmotionFace}. */
export interface EmotionFaceProps {
  /** The emotion score, or `null` for none (an empty ring). */
  value: number | null;
  /** The journey's emotion scale. */
  scale: EmotionScale;
  /** Size in pixels. @default 18 */
  size?: number;
}

/** SVG path of the mouth: a curve that smiles at +1 and frowns at −1. Pure. */
export function mouthPath(ratio: number): string {
  const bend = ratio * 3.2;
  return `M6.2 ${12.4 - bend / 2} Q10 ${12.4 + bend * 1.5} 13.8 ${12.4 - bend / 2}`;
}

/** A small face whose mouth and colour follow the emotion. Decorative: the number and text say it too. */
export function EmotionFace({ value, scale, size = 18 }: EmotionFaceProps) {
  const tone = value === null ? 'none' : emotionTone(value, scale);
  return (
    <svg className="jk-mood-face" data-tone={tone} viewBox="0 0 20 20" width={size} height={size} aria-hidden="true" focusable="false">
      <circle cx="10" cy="10" r="8.6" />
      {value === null ? null : (
        <>
          <circle className="jk-mood-face__eye" cx="7.2" cy="8" r="1.1" />
          <circle className="jk-mood-face__eye" cx="12.8" cy="8" r="1.1" />
          <path className="jk-mood-face__mouth" d={mouthPath(emotionRatio(value, scale))} />
        </>
      )}
    </svg>
  );
}
