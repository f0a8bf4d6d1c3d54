import { describe, expect, it } from 'vitest';
import { fitElementSet, measureApsides } from '../../../../src/core/orbit/fit-element-set.ts';
import { EARTH_RADIUS_KM } from '../../../../src/core/orbit/kepler.ts';
import { nodalPeriodSec } from '../../../../src/core/orbit/orbit-path.ts';
import { propagateAt } from '../../../../src/core/orbit/propagate.ts';
import { greatCircleKm } from '../../../helpers/geo.ts';

// Reference values from ../shared/facts/missions.md §1 (SP-W, GS).
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
