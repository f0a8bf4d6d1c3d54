import { describe, expect, it } from 'vitest';
import { fitElementSet, measureApsides } from '../../../../src/core/orbit/fit-element-set.ts';
import { EARTH_RADIUS_KM } from '../../../../src/core/orbit/kepler.ts';
import { groundTrack, nodalPeriodSec } from '../../../../src/core/orbit/orbit-path.ts';
import { propagateAt } from '../../../../src/core/orbit/propagate.ts';
import { greatCircleKm } from '../../../helpers/geo.ts';

// Reference values: docs/SOURCES.md (SP-W, GS).
const BAIKONUR = { latDeg: 45.920278, lonDeg: 63.342222 };
const LAUNCH_MS = Date.parse('1957-10-04T19:28:34Z');

const sputnik = fitElementSet({
  name: 'SPUTNIK 1',
  catalogNumber: 2,
  perigeeKm: 215,
  apogeeKm: 939,
  inclinationDeg: 65.1,
  argPerigeeDeg: 58,
  passOver: { ...BAIKONUR, utcMs: LAUNCH_MS, direction: 'ascending' },
});

describe('Sputnik-1 element set built from documented numbers', () => {
  it('has the documented period of 96.2 min within 0.5 %', () => {
    const periodMin = nodalPeriodSec(sputnik.satrec, LAUNCH_MS) / 60;
    expect(Math.abs(periodMin - 96.2) / 96.2).toBeLessThan(0.005);
  });

  it('has perigee and apogee within 10 km of 215 × 939 km', () => {
    const { perigeeRadiusKm, apogeeRadiusKm } = measureApsides(sputnik.satrec, 5);
    expect(Math.abs(perigeeRadiusKm - EARTH_RADIUS_KM - 215)).toBeLessThan(10);
    expect(Math.abs(apogeeRadiusKm - EARTH_RADIUS_KM - 939)).toBeLessThan(10);
  });

  it('is over Baikonur at the launch time, moving north-east', () => {
    const state = propagateAt(sputnik.satrec, LAUNCH_MS);
    expect(greatCircleKm(state, BAIKONUR)).toBeLessThan(300);
    expect(state.velKms[2]).toBeGreaterThan(0);
  });

  it('keeps the documented inclination and argument of perigee', () => {
    expect(sputnik.elements.inclinationDeg).toBe(65.1);
    expect(sputnik.elements.argPerigeeDeg).toBe(58);
  });

  it('lands its node near the independent reconstruction by J. Runes (RAAN 340.38°, SP-DPM)', () => {
    // Runes fitted tracking data of 5 Oct 1957; we fitted only the launch site. Agreement within 1°
    // shows the site-based fit places the orbital plane where Sputnik really flew.
    const difference = Math.abs(((sputnik.elements.raanDeg - 340.3821 + 540) % 360) - 180);
    expect(difference).toBeLessThan(1);
  });
});

describe('Sputnik-1 ground track', () => {
  const runs = groundTrack(sputnik.satrec, LAUNCH_MS, LAUNCH_MS + 3 * 3600_000, 30);

  it('starts over Baikonur and stays within the inclination', () => {
    expect(greatCircleKm(runs[0]![0]!, BAIKONUR)).toBeLessThan(300);
    for (const point of runs.flat()) expect(Math.abs(point.latDeg)).toBeLessThanOrEqual(65.1 + 0.2);
  });

  it('is split at the antimeridian, never jumping across the map inside a run', () => {
    expect(runs.length).toBeGreaterThan(1);
    for (const run of runs) {
      for (let i = 1; i < run.length; i++) {
        expect(Math.abs(run[i]!.lonDeg - run[i - 1]!.lonDeg)).toBeLessThan(30);
      }
    }
  });

  it('shifts west by Earth rotation each revolution (≈ 24° for a 96 min period)', () => {
    const nextNodeMs = LAUNCH_MS + nodalPeriodSec(sputnik.satrec, LAUNCH_MS) * 1000;
    const shift =
      propagateAt(sputnik.satrec, nextNodeMs).lonDeg -
      propagateAt(sputnik.satrec, LAUNCH_MS).lonDeg;
    // Nodal period × (Earth rotation + nodal regression) ≈ 96.2 min × 0.2507 °/min ≈ 24.1°.
    expect(shift).toBeGreaterThan(-26);
    expect(shift).toBeLessThan(-22);
  });
});
