import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCoastlines } from '../../../../src/core/geo/coastline-format.ts';
import { parseStarCatalog, starColorRgb } from '../../../../src/core/sky/star-catalog.ts';
import { root } from '../../../helpers/scenes.ts';

const bytes = (path: string) => {
  const file = readFileSync(`${root}${path}`);
  return file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength);
};

describe('bundled star catalogue (public/sky/stars.bin)', () => {
  const catalog = parseStarCatalog(bytes('public/sky/stars.bin'));
  const star = (i: number) => Array.from(catalog.data.slice(i * 4, i * 4 + 4));

  it('holds a few thousand stars, brightest first', () => {
    expect(catalog.count).toBeGreaterThan(4000);
    for (let i = 1; i < catalog.count; i++)
      expect(star(i)[2]).toBeGreaterThanOrEqual(star(i - 1)[2]!);
  });

  it('puts Sirius and Polaris where the almanac does (J2000)', () => {
    const [ra, dec, mag] = star(0);
    expect(ra).toBeCloseTo(101.287, 2);
    expect(dec).toBeCloseTo(-16.716, 2);
    expect(mag).toBeLessThan(-1.4);
    const polaris = Array.from({ length: catalog.count }, (_, i) => star(i)).find(
      (s) => s[1]! > 89,
    );
    expect(polaris?.[0]).toBeCloseTo(37.95, 1);
  });

  it('colours blue-white and red stars apart', () => {
    expect(starColorRgb(-0.2)[2]).toBeGreaterThan(starColorRgb(1.8)[2]);
  });

  it('rejects a file that is not a catalogue', () => {
    expect(() => parseStarCatalog(new Uint8Array(16).buffer)).toThrow(/not a star catalogue/);
  });
});

describe('bundled coastlines (public/geo)', () => {
  it.each(['50m', '10m'])('%s passes the Strait of Gibraltar', (resolution) => {
    const polylines = parseCoastlines(bytes(`public/geo/coastline-${resolution}.bin`));
    let nearest = Infinity;
    for (const { lonLatDeg } of polylines) {
      for (let i = 0; i < lonLatDeg.length; i += 2) {
        nearest = Math.min(nearest, Math.hypot(lonLatDeg[i]! + 5.6, lonLatDeg[i + 1]! - 35.95));
      }
    }
    expect(nearest).toBeLessThan(0.15);
  });
});
