import { describe, expect, it } from 'vitest';
import { moonPhaseDeg, moonPositionEci } from '../../../../src/core/sky/moon.ts';
import { j2000ToOfDate, raDecToUnit } from '../../../../src/core/sky/precession.ts';

const length = (v: readonly number[]) => Math.hypot(v[0]!, v[1]!, v[2]!);

describe('Moon', () => {
  it('is at lunar distance (356 000–407 000 km)', () => {
    for (const iso of ['1957-10-04T19:28:34Z', '1961-04-12T06:07:00Z', '1975-07-17T16:09:09Z']) {
      const km = length(moonPositionEci(Date.parse(iso)));
      expect(km).toBeGreaterThan(356_000);
      expect(km).toBeLessThan(407_000);
    }
  });

  it('has the phases of the almanac (full Moon 1975-07-23 05:29, new Moon 1961-04-15 05:38 UTC)', () => {
    // Dates from published lunar phase tables (F. Espenak, NASA GSFC).
    expect(Math.abs(moonPhaseDeg(Date.parse('1975-07-23T05:29:00Z')) - 180)).toBeLessThan(1);
    const newMoon = moonPhaseDeg(Date.parse('1961-04-15T05:38:00Z'));
    expect(Math.min(newMoon, 360 - newMoon)).toBeLessThan(1);
  });
});

describe('precession to the date', () => {
  it('moves Polaris by about 0.3° between 2000 and 1957', () => {
    const polaris = raDecToUnit(37.95, 89.26);
    const m = j2000ToOfDate(Date.parse('1957-10-04T19:28:34Z'));
    const moved = m.map(
      (row) => row[0]! * polaris[0] + row[1]! * polaris[1] + row[2]! * polaris[2],
    );
    const angleDeg =
      (Math.acos(
        Math.min(
          1,
          polaris.reduce((s, x, i) => s + x * moved[i]!, 0),
        ),
      ) *
        180) /
      Math.PI;
    expect(angleDeg).toBeGreaterThan(0.2);
    expect(angleDeg).toBeLessThan(0.8);
    expect(length(moved)).toBeCloseTo(1, 9);
  });
});
