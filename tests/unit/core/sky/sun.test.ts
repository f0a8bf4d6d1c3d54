import { Body, Equator, MakeTime, Observer, SiderealTime } from 'astronomy-engine';
import { describe, expect, it } from 'vitest';
import { subsolarPoint } from '../../../../src/core/sky/sun.ts';
import { greatCircleKm } from '../../../helpers/geo.ts';

/** Independent reference: astronomy-engine (VSOP87, nutation, true equator of date, GAST). */
function referenceSubsolar(iso: string) {
  const time = MakeTime(new Date(iso));
  const sun = Equator(Body.Sun, time, new Observer(0, 0, 0), true, true);
  const lonDeg = (((sun.ra - SiderealTime(time)) * 15 + 540) % 360) - 180;
  return { latDeg: sun.dec, lonDeg };
}

const KM_PER_DEG = 111.2;

describe('subsolar point', () => {
  it.each(['1957-10-04T19:28:34Z', '1961-04-12T06:07:00Z', '1975-07-17T16:09:09Z'])(
    'at %s is within 0.1° of astronomy-engine',
    (iso) => {
      const ours = subsolarPoint(Date.parse(iso));
      expect(greatCircleKm(ours, referenceSubsolar(iso))).toBeLessThan(0.1 * KM_PER_DEG);
    },
  );

  it('at the Apollo–Soyuz docking is ≈ 21.2°N 60.8°W (computed independently when the scene was researched)', () => {
    const ours = subsolarPoint(Date.parse('1975-07-17T16:09:09Z'));
    expect(greatCircleKm(ours, { latDeg: 21.2, lonDeg: -60.8 })).toBeLessThan(0.5 * KM_PER_DEG);
  });
});
