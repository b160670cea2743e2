import { render } from '@testing-library/react';
import { EmotionFace, facePath } from './EmotionFace';

/** The mouth's end and control points of a face path: [startY, controlY]. */
function mouthOf(path: string): [number, number] {
  const [, startY, controlY] = /M[-\d.]+,([-\d.]+)Q[-\d.]+,([-\d.]+)/.exec(path)!;
  return [Number(startY), Number(controlY)];
}

describe('facePath', () => {
  it('draws head, two eyes and a mouth as one path around the centre', () => {
    const path = facePath(100, 50, 0);
    expect(path.startsWith('M107,50a7,7 0 1,1 -14,0a7,7 0 1,1 14,0')).toBe(true); // the head: radius 7
    expect(path.match(/M/g)).toHaveLength(4); // head, two eyes, mouth
    const [start, control] = mouthOf(path);
    expect(control).toBe(start); // neutral: a straight mouth
  });

  it('smiles for a positive mood and frowns for a negative one, clamped to ±1', () => {
    const [smileStart, smileControl] = mouthOf(facePath(0, 0, 1));
    const [frownStart, frownControl] = mouthOf(facePath(0, 0, -1));
    expect(smileControl).toBeGreaterThan(smileStart); // y grows downwards: the middle dips
    expect(frownControl).toBeLessThan(frownStart);
    expect(facePath(0, 0, 5)).toBe(facePath(0, 0, 1));
  });
});

describe('EmotionFace', () => {
  it('is one decorative path with the tone of its mood', () => {
    const { container } = render(
      <svg>
        <EmotionFace x={10} y={10} mood={-0.5} />
      </svg>,
    );
    const faces = container.querySelectorAll('svg > *');
    expect(faces).toHaveLength(1);
    expect(faces[0]).toHaveAttribute('data-tone', 'negative');
    expect(faces[0]).toHaveAttribute('aria-hidden', 'true');
  });
});
