/**
 * Reads public/sky/stars.bin (made by scripts/assets/build-star-catalog.mjs from Hipparcos via
 * d3-celestial): "STAR", uint32 count, then per star float32 RA°, Dec°, magnitude, B−V,
 * little-endian, brightest first.
 */
import { expectMagic } from '../binary-header.ts';

export interface StarCatalog {
  readonly count: number;
  /** Per star: RA (deg), Dec (deg), visual magnitude, B−V colour index. */
  readonly data: Float32Array;
}

export function parseStarCatalog(buffer: ArrayBuffer): StarCatalog {
  const view = new DataView(buffer);
  expectMagic(view, 'STAR', 'star catalogue');
  const count = view.getUint32(4, true);
  if (buffer.byteLength < 8 + count * 16) throw new Error('star catalogue is truncated');
  const data = new Float32Array(count * 4);
  for (let i = 0; i < count * 4; i++) data[i] = view.getFloat32(8 + i * 4, true);
  return { count, data };
}

/** Approximate star colour from B−V (Ballesteros 2012 temperature, then a blackbody-ish ramp). */
export function starColorRgb(bv: number): [number, number, number] {
  const clamped = Math.min(2, Math.max(-0.4, bv));
  const kelvin = 4600 * (1 / (0.92 * clamped + 1.7) + 1 / (0.92 * clamped + 0.62));
  const t = Math.min(1, Math.max(0, (kelvin - 3000) / 7000));
  return [1, 0.72 + 0.28 * t, 0.5 + 0.5 * t];
}
