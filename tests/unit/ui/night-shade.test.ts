import { describe, expect, it } from 'vitest';
import { NIGHT_ALPHA, nightShade } from '../../../src/ui/night-shade.ts';

const COLUMNS = 120;
const ROWS = 60;
const DEG = Math.PI / 180;
const alphaAt = (pixels: Uint8ClampedArray, row: number, column: number) =>
  pixels[(row * COLUMNS + column) * 4 + 3]!;

/** The veil's opacity at a cell's centre, straight from the solar zenith angle. */
function expectedAlpha(subsolar: { latDeg: number; lonDeg: number }, row: number, column: number) {
  const lat = (90 - ((row + 0.5) * 180) / ROWS) * DEG;
  const lon = (((column + 0.5) * 360) / COLUMNS - 180) * DEG;
  const cosZenith =
    Math.sin(lat) * Math.sin(subsolar.latDeg * DEG) +
    Math.cos(lat) * Math.cos(subsolar.latDeg * DEG) * Math.cos(lon - subsolar.lonDeg * DEG);
  const darkness = Math.min(1, Math.max(0, -cosZenith / 0.1045 + 0.5));
  return Math.round(NIGHT_ALPHA * darkness * 255);
}

describe('the night shade of the ground-track map', () => {
  it('is clear under the Sun, full on the far side, and deepens over 6° of twilight', () => {
    const equinoxNoonAtGreenwich = nightShade({ latDeg: 0, lonDeg: 0 }, COLUMNS, ROWS);
    const full = Math.round(NIGHT_ALPHA * 255);
    expect(alphaAt(equinoxNoonAtGreenwich, 29, 60)).toBe(0);
    expect(alphaAt(equinoxNoonAtGreenwich, 29, 0)).toBe(full);
    // Along the equator east of the Sun: cells centred at 85.5°, 88.5°, 91.5° and 94.5° E.
    const [day, dusk, twilight, night] = [88, 89, 90, 91].map((c) =>
      alphaAt(equinoxNoonAtGreenwich, 29, c),
    );
    expect(day).toBe(0);
    expect(dusk).toBeGreaterThan(0);
    expect(twilight).toBeGreaterThan(dusk!);
    expect(full).toBeGreaterThan(twilight!);
    expect(night).toBe(full);
  });

  it('follows the solar zenith angle at every cell, for Suns north and south', () => {
    for (const subsolar of [
      { latDeg: 23.44, lonDeg: -71.3 },
      { latDeg: -17.2, lonDeg: 142.8 },
    ]) {
      const pixels = nightShade(subsolar, COLUMNS, ROWS);
      for (let row = 0; row < ROWS; row++)
        for (let column = 0; column < COLUMNS; column++)
          expect(alphaAt(pixels, row, column)).toBe(expectedAlpha(subsolar, row, column));
    }
  });

  it('lights the summer pole all day and darkens the winter one', () => {
    const juneSolstice = nightShade({ latDeg: 23.44, lonDeg: 0 }, COLUMNS, ROWS);
    for (let column = 0; column < COLUMNS; column++) {
      expect(alphaAt(juneSolstice, 0, column)).toBe(0);
      expect(alphaAt(juneSolstice, ROWS - 1, column)).toBe(Math.round(NIGHT_ALPHA * 255));
    }
  });
});
