import { describe, expect, it } from 'vitest';
import { starsThroughDaylight } from '../../../../src/core/sky/daylight-sky.ts';
import type { Vec3 } from '../../../../src/core/orbit/propagate.ts';

const DEG = Math.PI / 180;
/** An eye over the equator at `altitudeKm`, the Sun `sunElevationDeg` above its horizon. */
function shown(altitudeKm: number, sunElevationDeg: number): number {
  const eye: Vec3 = [6371 + altitudeKm, 0, 0];
  const sun: Vec3 = [Math.sin(sunElevationDeg * DEG), Math.cos(sunElevationDeg * DEG), 0];
  return starsThroughDaylight(eye, sun);
}

describe('stars through the daylit sky', () => {
  it('shows every star from orbit, by day or night', () => {
    expect(shown(400, 60)).toBe(1);
    expect(shown(220, -30)).toBe(1);
  });

  it('hides them under the day sky, on the ground and under a parachute', () => {
    expect(shown(0, 30)).toBe(0);
    expect(shown(5, 10)).toBe(0);
    // The Sun just below the horizon still lights the sky.
    expect(shown(2, -2)).toBe(0);
  });

  it('shows them at night on the ground', () => {
    expect(shown(0, -20)).toBe(1);
  });

  it('brings them out as the eye climbs through the stratosphere by day', () => {
    const climb = [20, 30, 35, 40, 50].map((km) => shown(km, 40));
    expect(climb[0]).toBe(0);
    for (let i = 1; i < climb.length; i++) expect(climb[i]).toBeGreaterThanOrEqual(climb[i - 1]!);
    expect(climb[2]).toBeGreaterThan(0);
    expect(climb[2]).toBeLessThan(1);
    expect(climb[4]).toBe(1);
  });
});
