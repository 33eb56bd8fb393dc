/**
 * Draws Rentan's icon at any size: a teal rounded square with a white "R" (from a 5×7 pixel
 * glyph, scaled), readable at 16 px on the ribbon and still crisp at 80 px.
 */
import { encodePng } from './png';

const TEAL = [0x0f, 0x76, 0x6e, 0xff] as const;
const WHITE = [0xff, 0xff, 0xff, 0xff] as const;

// The letter R on a 5×7 grid; '#' is ink.
const GLYPH_R = ['####.', '#...#', '#...#', '####.', '#.#..', '#..#.', '#...#'];

export function drawIcon(size: number): Buffer {
  const rgba = new Uint8Array(size * size * 4);
  const radius = Math.max(2, Math.round(size * 0.18));
  // Glyph box: 5×7 cells centred, about 60% of the icon's height.
  const cell = Math.max(1, Math.floor((size * 0.6) / 7));
  const left = Math.floor((size - 5 * cell) / 2);
  const top = Math.floor((size - 7 * cell) / 2);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const inside = insideRoundedSquare(x + 0.5, y + 0.5, size, radius);
      const gx = Math.floor((x - left) / cell);
      const gy = Math.floor((y - top) / cell);
      const ink = x >= left && y >= top && GLYPH_R[gy]?.[gx] === '#';
      const colour = !inside ? [0, 0, 0, 0] : ink ? WHITE : TEAL;
      rgba.set(colour, (y * size + x) * 4);
    }
  }
  return encodePng(size, size, rgba);
}

function insideRoundedSquare(x: number, y: number, size: number, r: number): boolean {
  const cx = Math.min(Math.max(x, r), size - r);
  const cy = Math.min(Math.max(y, r), size - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}
