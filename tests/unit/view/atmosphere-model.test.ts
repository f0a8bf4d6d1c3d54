import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import {
  ATMOSPHERE,
  computeAtmosphereTables,
  sunlightAt,
} from '../../../src/view/atmosphere-model.ts';

const tables = computeAtmosphereTables();
const DEG = Math.PI / 180;

function sunlight(altitudeKm: number, sunElevationDeg: number): THREE.Color {
  const e = sunElevationDeg * DEG;
  return sunlightAt(
    tables,
    new THREE.Vector3(0, ATMOSPHERE.groundKm + altitudeKm, 0),
    new THREE.Vector3(Math.cos(e), Math.sin(e), 0),
    new THREE.Color(),
  );
}

describe('atmosphere model', () => {
  it('dims and reddens sunlight on the ground as the Sun sets, and none reaches it below the horizon', () => {
    const noon = sunlight(0.01, 90);
    const low = sunlight(0.01, 3);
    expect(noon.g).toBeGreaterThan(0.8);
    expect(low.g).toBeLessThan(0.3 * noon.g);
    expect(low.r / low.b).toBeGreaterThan(5 * (noon.r / noon.b));
    expect(sunlight(0.01, -3).getHex()).toBe(0);
  });

  it('lights a craft in orbit white by day, reddened through the limb, and not at all in the shadow', () => {
    expect(sunlight(400, 10).toArray()).toEqual([1, 1, 1]);
    const limb = sunlight(400, -19);
    expect(limb.r).toBeGreaterThan(0.2);
    expect(limb.r).toBeGreaterThan(limb.g);
    expect(sunlight(400, -25).getHex()).toBe(0);
  });

  it('gives the sky on the ground a blue cast by day and almost nothing at −6°', () => {
    const irradiance = tables.groundIrradiance;
    const at = (mu: number) => Math.round(((mu + 1) / 2) * 63);
    const day = at(0.5) * 3;
    expect(irradiance[day + 2]!).toBeGreaterThan(irradiance[day]!);
    expect(irradiance[at(Math.sin(-6 * DEG)) * 3 + 1]!).toBeLessThan(0.01 * irradiance[day + 1]!);
  });
});
