import { describe, expect, it } from 'vitest';
import { elementSetFromState } from '../../../../src/core/orbit/element-set-from-state.ts';
import { fitElementSet, measureApsides } from '../../../../src/core/orbit/fit-element-set.ts';
import { EARTH_RADIUS_KM } from '../../../../src/core/orbit/kepler.ts';
import { flyBurns, nearestApsis } from '../../../../src/core/orbit/orbit-changes.ts';
import { propagateAt } from '../../../../src/core/orbit/propagate.ts';
import { length, sub } from '../../../../src/core/vec3.ts';

const soyuz = fitElementSet({
  name: 'soyuz-19',
  catalogNumber: 8030,
  perigeeKm: 186.35,
  apogeeKm: 220.35,
  inclinationDeg: 51.8,
  argPerigeeDeg: 0,
  passOver: {
    latDeg: 45.920278,
    lonDeg: 63.342222,
    utcMs: Date.parse('1975-07-15T12:20:00Z'),
    direction: 'ascending',
  },
});
const altitudes = (satrec: Parameters<typeof measureApsides>[0]) => {
  const m = measureApsides(satrec, 10);
  return [m.perigeeRadiusKm - EARTH_RADIUS_KM, m.apogeeRadiusKm - EARTH_RADIUS_KM];
};

describe('an SGP4 element set from a state', () => {
  it('reproduces position to a metre and velocity to a centimetre per second', () => {
    const t = Date.parse('1975-07-16T03:00:00Z');
    const state = propagateAt(soyuz.satrec, t);
    const nudged = {
      eciKm: state.eciKm,
      velKms: [state.velKms[0] + 0.01, state.velKms[1], state.velKms[2]] as typeof state.velKms,
    };
    const { satrec } = elementSetFromState('x', 1, t, nudged);
    const reached = propagateAt(satrec, t);
    expect(length(sub(reached.eciKm, nudged.eciKm)) * 1000).toBeLessThan(1);
    expect(length(sub(reached.velKms, nudged.velKms)) * 1000).toBeLessThan(0.01);
  });
});

describe('burns as changes of the element set', () => {
  const c1 = Date.parse('1975-07-16T11:47:02Z');
  const [raise, circularise] = flyBurns('soyuz-19', 8030, soyuz.satrec, [
    { utcMs: c1, apogeeKm: 226.6 },
    { utcMs: nearestApsis(soyuz.satrec, c1 + 42 * 60_000, 'max'), perigeeKm: 222.1 },
  ]);

  it('flies the requested apsides (Soyuz 19 to 222.1 × 226.6 km, A-RU)', () => {
    const [, apogee] = altitudes(raise!.satrec);
    expect(apogee).toBeCloseTo(226.6, 1);
    const [perigee, apogee2] = altitudes(circularise!.satrec);
    expect(perigee).toBeCloseTo(222.1, 1);
    expect(apogee2).toBeGreaterThan(224);
    expect(apogee2).toBeLessThan(229);
  });

  it('moves the craft by less than a metre at the burn, changing only its velocity', () => {
    for (const [change, before] of [
      [raise!, soyuz.satrec],
      [circularise!, raise!.satrec],
    ] as const) {
      const old = propagateAt(before, change.utcMs);
      const now = propagateAt(change.satrec, change.utcMs);
      expect(length(sub(old.eciKm, now.eciKm)) * 1000).toBeLessThan(1);
      const dv = length(sub(old.velKms, now.velKms)) * 1000;
      expect(dv).toBeCloseTo(change.deltaVMs, 1);
      expect(dv).toBeGreaterThan(1);
      expect(dv).toBeLessThan(20);
    }
  });

  it('explains a burn that cannot be flown', () => {
    expect(() => flyBurns('soyuz-19', 8030, soyuz.satrec, [{ utcMs: c1, perigeeKm: 400 }])).toThrow(
      /soyuz-19: .*1975-07-16T11:47:02/,
    );
  });
});
