import { describe, expect, it } from 'vitest';
import { ATMOSPHERE } from '../../../src/view/atmosphere-model.ts';
import { QUALITY_SETTINGS } from '../../../src/view/quality.ts';
import {
  skyDomeElevation,
  skyDomeGeometry,
  skyDomeRings,
  SKY_DOME_SEGMENTS,
} from '../../../src/view/sky-dome.ts';
import { uvSphereSagKm } from '../../../src/view/sphere-mesh-sag.ts';

const R: number = ATMOSPHERE.groundKm;
const deg = (rad: number) => (rad * 180) / Math.PI;
const dipAt = (altitudeKm: number, radiusKm = R) => Math.acos(radiusKm / (R + altitudeKm));

describe('the sky dome (the sky from within the air, cheap tier)', () => {
  it('crowds its rings at the horizon and reaches the zenith', () => {
    for (const altitudeKm of [0.1, 7, 50, 99]) {
      const dip = dipAt(altitudeKm);
      const above = skyDomeRings()
        .filter((s) => s >= 0)
        .map((s) => skyDomeElevation(s, dip));
      // The horizon ring looks just over the true horizon, so its ray reaches space.
      expect(above[0]! + dip).toBeGreaterThan(0);
      expect(deg(above[0]! + dip)).toBeLessThan(0.1);
      // Next to the horizon, where the light changes fastest, the rings are under a degree apart.
      expect(deg(above[1]! - above[0]!)).toBeLessThan(1);
      expect(above.at(-1)).toBeCloseTo(Math.PI / 2, 12);
      for (let i = 1; i < above.length; i++) {
        expect(above[i]!).toBeGreaterThan(above[i - 1]!);
        // Each step up is wider than the one below it.
        if (i > 1) expect(above[i]! - above[i - 1]!).toBeGreaterThan(above[i - 1]! - above[i - 2]!);
      }
    }
  });

  it('reaches below the low tier Earth mesh’s horizon at every height in the air, and no further than needed', () => {
    // The air's shader leaves to the Earth the rays that pass under its polygons, which lie up
    // to this far inside the sphere (and 1 km more): the dome must cover every ray above them.
    const { earthSegments } = QUALITY_SETTINGS.low;
    const meshRadius = R - uvSphereSagKm(R, earthSegments, earthSegments / 2) - 1;
    for (const altitudeKm of [0, 0.1, 1, 7, 30, 60, 99.9]) {
      const lowest = skyDomeElevation(-1, dipAt(altitudeKm));
      expect(lowest, `${altitudeKm} km`).toBeLessThan(-dipAt(altitudeKm, meshRadius));
      // A skirt, not a hemisphere: the ground below it costs the dome nothing.
      expect(deg(-lowest - dipAt(altitudeKm))).toBeLessThanOrEqual(5);
    }
  });

  it('is one small mesh of azimuth × ring vertices', () => {
    const geometry = skyDomeGeometry();
    const rings = skyDomeRings();
    const positions = geometry.getAttribute('position');
    expect(positions.count).toBe((SKY_DOME_SEGMENTS + 1) * rings.length);
    expect(positions.count).toBeLessThan(2000);
    expect(geometry.getIndex()!.count).toBe(SKY_DOME_SEGMENTS * (rings.length - 1) * 6);
    // The first and last columns meet: azimuth 0 and 2π.
    expect(positions.getX(0)).toBe(0);
    expect(positions.getX(SKY_DOME_SEGMENTS)).toBeCloseTo(2 * Math.PI, 6);
    expect(new Set(Array.from({ length: positions.count }, (_, i) => positions.getY(i)))).toEqual(
      new Set(rings.map((s) => Math.fround(s))),
    );
  });
});
