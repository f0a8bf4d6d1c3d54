/**
 * The night side over the ground-track map: one cell per 3×3 map pixels, a dark blue veil that
 * deepens through civil twilight (full once the Sun is 6° below the horizon). Computed as the
 * pixels of a small image, drawn once scaled up: cell by cell through the 2D canvas it took
 * ~11 ms of the main thread, in the tick that draws the first picture and again for each minute
 * of scene time played.
 */
const DEG = Math.PI / 180;
/** cos(zenith) across the twilight band: from the horizon +3° to −3°. */
const TWILIGHT = 0.1045;
const NIGHT_RGB = [0, 6, 24] as const;
export const NIGHT_ALPHA = 0.62;

/** RGBA pixels, `columns` × `rows` cells over the whole Earth (equirectangular, north up). */
export function nightShade(
  subsolar: { readonly latDeg: number; readonly lonDeg: number },
  columns: number,
  rows: number,
): Uint8ClampedArray<ArrayBuffer> {
  const pixels = new Uint8ClampedArray(columns * rows * 4);
  const sinS = Math.sin(subsolar.latDeg * DEG);
  const cosS = Math.cos(subsolar.latDeg * DEG);
  // cos(zenith) = sin φ sin φs + cos φ cos φs cos(λ − λs): one cosine per column, one sine and
  // cosine per row.
  const hourCos = new Float64Array(columns);
  for (let c = 0; c < columns; c++) {
    const lon = (((c + 0.5) * 360) / columns - 180) * DEG;
    hourCos[c] = Math.cos(lon - subsolar.lonDeg * DEG);
  }
  for (let r = 0; r < rows; r++) {
    const lat = (90 - ((r + 0.5) * 180) / rows) * DEG;
    const a = Math.sin(lat) * sinS;
    const b = Math.cos(lat) * cosS;
    for (let c = 0; c < columns; c++) {
      const cosZenith = a + b * hourCos[c]!;
      const darkness = Math.min(1, Math.max(0, -cosZenith / TWILIGHT + 0.5));
      if (darkness === 0) continue;
      const i = (r * columns + c) * 4;
      pixels[i] = NIGHT_RGB[0];
      pixels[i + 1] = NIGHT_RGB[1];
      pixels[i + 2] = NIGHT_RGB[2];
      pixels[i + 3] = Math.round(NIGHT_ALPHA * darkness * 255);
    }
  }
  return pixels;
}
