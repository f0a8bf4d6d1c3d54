import { describe, expect, it } from 'vitest';
import { EARTH_RADIUS_KM } from '../../../src/core/orbit/kepler.ts';
import { environmentKey, type EnvironmentState } from '../../../src/view/environment-refresh.ts';
import { lodToRoughness } from '../../../src/view/environment-prefilter.ts';

const DEG = Math.PI / 180;
const ALTITUDE_KM = 220;
/** A craft in a polar orbit at `angleDeg` of arc from the equator, seconds after the start. */
function inOrbit(angleDeg: number, overrides: Partial<EnvironmentState> = {}): EnvironmentState {
  const r = EARTH_RADIUS_KM + ALTITUDE_KM;
  return {
    bodyId: 'craft',
    eciKm: [r * Math.cos(angleDeg * DEG), 0, r * Math.sin(angleDeg * DEG)],
    gmstRad: 0,
    subsolar: { latDeg: 10, lonDeg: 20 },
    ...overrides,
  };
}

describe('when the environment map is drawn again', () => {
  it('keeps it over a short stretch of orbit and redraws after a few degrees', () => {
    const start = environmentKey(inOrbit(30.1));
    // 0.5° of arc: about 7 s of flight.
    expect(environmentKey(inOrbit(30.6))).toBe(start);
    expect(environmentKey(inOrbit(36))).not.toBe(start);
  });

  it('redraws for another craft, another altitude and another position of the Sun', () => {
    const start = environmentKey(inOrbit(30.1));
    expect(environmentKey(inOrbit(30.1, { bodyId: 'other' }))).not.toBe(start);
    const higher = inOrbit(30.1);
    const scale = (EARTH_RADIUS_KM + 2 * ALTITUDE_KM) / (EARTH_RADIUS_KM + ALTITUDE_KM);
    expect(
      environmentKey({ ...higher, eciKm: higher.eciKm.map((c) => c * scale) as never }),
    ).not.toBe(start);
    expect(environmentKey(inOrbit(30.1, { subsolar: { latDeg: 10, lonDeg: 25 } }))).not.toBe(start);
  });

  it('follows the ground below: the Earth turning under a craft that stays put redraws it', () => {
    // Over 1.5° E, in the middle of a cell.
    const start = environmentKey(inOrbit(0.5, { gmstRad: -1.5 * DEG }));
    expect(environmentKey(inOrbit(0.5, { gmstRad: -1.3 * DEG }))).toBe(start);
    expect(environmentKey(inOrbit(0.5, { gmstRad: 3.5 * DEG }))).not.toBe(start);
  });

  it('depends on the frame alone: the same state gives the same key', () => {
    expect(environmentKey(inOrbit(42))).toBe(environmentKey(inOrbit(42)));
  });
});

describe('prefiltered levels', () => {
  it('use the roughness three reads back from each level (roughnessToMip is its inverse)', () => {
    const maxLod = 2;
    for (let lod = 0; lod <= maxLod; lod++) {
      const r = lodToRoughness(lod, maxLod);
      expect(maxLod * r * (2 - r)).toBeCloseTo(lod, 10);
    }
    expect(lodToRoughness(0, maxLod)).toBe(0);
    expect(lodToRoughness(maxLod, maxLod)).toBe(1);
  });
});
