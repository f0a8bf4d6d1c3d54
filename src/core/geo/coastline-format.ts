/**
 * Reads public/geo/coastline-*.bin (made by scripts/assets/build-coastlines.mjs from Natural Earth):
 * "COAS", uint32 polylines, uint32 points, uint32 points per polyline, then int16 pairs
 * (longitude·180, latitude·180), little-endian.
 */
import { expectMagic } from '../binary-header.ts';

export interface Polyline {
  /** Interleaved longitude, latitude in degrees. */
  readonly lonLatDeg: Float32Array;
}

export function parseCoastlines(buffer: ArrayBuffer): Polyline[] {
  const view = new DataView(buffer);
  expectMagic(view, 'COAS', 'coastline file');
  const polylineCount = view.getUint32(4, true);
  const pointCount = view.getUint32(8, true);
  const countsAt = 12;
  let pointAt = countsAt + polylineCount * 4;
  if (buffer.byteLength < pointAt + pointCount * 4) throw new Error('coastline file is truncated');
  const polylines: Polyline[] = [];
  for (let i = 0; i < polylineCount; i++) {
    const count = view.getUint32(countsAt + i * 4, true);
    const lonLatDeg = new Float32Array(count * 2);
    for (let p = 0; p < count * 2; p++, pointAt += 2)
      lonLatDeg[p] = view.getInt16(pointAt, true) / 180;
    polylines.push({ lonLatDeg });
  }
  return polylines;
}
