/**
 * Every modelled ascent looks like a launch: the rocket rises from the pad before it turns
 * downrange, never flies back over the ground it has left, climbs all the way, and hands over to
 * its orbit at insertion. An earlier curve aimed at the SGP4 craft, which at lift-off may still be
 * uprange of the pad: it left the pad almost level and first drifted backwards.
 */
import { describe, expect, it } from 'vitest';
import { EARTH_ROTATION_RAD_S } from '../../../src/core/orbit/kepler.ts';
import { geodeticToEciKm } from '../../../src/core/orbit/propagate.ts';
import { dot, length, normalize, sub, type Vec3 } from '../../../src/core/vec3.ts';
import { repoCatalog } from '../../helpers/catalog.ts';
import { loadRepoScene } from '../../helpers/scenes.ts';

const ascents = repoCatalog().flatMap(({ id }) =>
  loadRepoScene(id).bodies.flatMap((body) =>
    body.plan?.ascent ? [{ name: `${id}: ${body.id}`, body, leg: body.plan.ascent }] : [],
  ),
);

/** Elevation of the motion over the ground, degrees (90: straight up). */
function climbDeg(eciKm: Vec3, velKms: Vec3): number {
  const overGround = sub(velKms, [
    -EARTH_ROTATION_RAD_S * eciKm[1],
    EARTH_ROTATION_RAD_S * eciKm[0],
    0,
  ]);
  return (Math.asin(dot(normalize(overGround), normalize(eciKm))) * 180) / Math.PI;
}

describe('modelled ascents', () => {
  it('are found in the scenes (Vostok-1, Voskhod-2, Apollo–Soyuz, Soyuz-36, Ax-4)', () => {
    expect(ascents.length).toBeGreaterThanOrEqual(6);
  });

  it.each(ascents)(
    '$name rises first: within 15° of vertical 20 s after lift-off',
    ({ body, leg }) => {
      const state = body.motion(leg.fromUtcMs + 20_000);
      expect(climbDeg(state.eciKm, state.velKms)).toBeGreaterThan(75);
    },
  );

  it.each(ascents)(
    '$name moves away from its pad at every step, climbing until near insertion',
    ({ body, leg }) => {
      let lastRangeKm = 0;
      let lastHeightKm = -1;
      for (let t = leg.fromUtcMs + 5000; t <= leg.untilUtcMs; t += 5000) {
        const state = body.motion(t);
        const pad = geodeticToEciKm(leg.latDeg, leg.lonDeg, 0, t);
        const rangeKm = length(sub(normalize(state.eciKm), normalize(pad))) * 6378;
        expect(rangeKm).toBeGreaterThanOrEqual(lastRangeKm);
        // In the last fifth the height follows the orbit's, which may be sinking towards its
        // perigee (Voskhod-2's sinks 3 km in the last 80 s before insertion).
        if (t < leg.fromUtcMs + 0.8 * (leg.untilUtcMs - leg.fromUtcMs))
          expect(state.altKm).toBeGreaterThan(lastHeightKm);
        lastRangeKm = rangeKm;
        lastHeightKm = state.altKm;
      }
    },
  );

  it.each(ascents)(
    '$name joins its orbit with the orbit’s position and velocity',
    ({ body, leg }) => {
      const end = body.motion(leg.untilUtcMs);
      const after = body.motion(leg.untilUtcMs + 1);
      expect(end.phase).toBe('ascent');
      expect(after.phase).toBe('orbit');
      // 1 ms later the orbit is where the ascent's last velocity takes it, to within a metre.
      const carried = end.eciKm.map((x, i) => x + end.velKms[i]! / 1000) as Vec3;
      expect(length(sub(carried, after.eciKm)) * 1000).toBeLessThan(1);
      expect(length(sub(end.velKms, after.velKms))).toBeLessThan(0.01);
    },
  );
});
