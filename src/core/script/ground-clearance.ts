/**
 * Where an enlarged craft is drawn near the ground. The camera may draw a craft thousands of
 * times its size, so that a capsule a few metres across shows from hundreds of kilometres; near
 * the ground that drawing and its flame would sink into the Earth (on the pad, at lift-off, at a
 * landing) and a visitor would see no rocket at all. So the drawing, not the trajectory, is lifted
 * along the local vertical by as much as the enlarged craft would reach below the surface; bodies
 * riding one rocket are lifted together, so the stack stays whole. Only on the pad, climbing and
 * coming down: in orbit a craft stays on its orbit's line whatever its enlargement. The readouts,
 * the map, the HUD and the sound's Doppler keep the true position.
 */
import { cross, dot, normalize, scale, type Vec3 } from '../vec3.ts';
import { FLAME, flameSpread, SAME_ROCKET_KM, type Exhaust, type ExhaustSource } from './exhaust.ts';
import type { Attitude } from '../orbit/attitude.ts';
import { EARTH_POLAR_SCALE } from '../orbit/kepler.ts';
import type { BodyPhase } from './body-motion.ts';
import type { ModelBounds } from './model-catalog.ts';

export type ClearanceSource = ExhaustSource & Attitude;

/**
 * The phases in which a craft may be near the ground. In orbit, a craft drawn as an icon larger
 * than its height (Sputnik from 40,000 km) stays on its orbit's line; a carried body is lifted
 * with the stack that carries it.
 */
const NEAR_THE_GROUND: ReadonlySet<BodyPhase> = new Set([
  'pad',
  'ascent',
  'descent',
  'landed',
  'parachute',
]);

/** Whether a craft in `phase` may be near the ground, so drawn lifted off its true position. */
export const mayBeLifted = (phase: BodyPhase): boolean => NEAR_THE_GROUND.has(phase);

/** How far a model reaches from its origin along `d` (a unit vector in its own axes), m. */
export function reachAlongM(bounds: ModelBounds, d: Vec3): number {
  let reach = 0;
  for (let i = 0; i < 3; i++) reach += Math.max(bounds.min[i]! * d[i]!, bounds.max[i]! * d[i]!);
  return reach;
}

/**
 * How far below the craft's origin its flame reaches, m at the craft's scale: the flame is a
 * widening tube from the nozzle (`rootBehindM` behind the origin) to the tail, and its lowest
 * point is the rim of one of its two ends.
 */
export function flameReachM(
  backwardEci: Vec3,
  down: Vec3,
  altKm: number,
  lengthM: number = FLAME.lengthM,
  rootBehindM = 0,
): number {
  const along = dot(backwardEci, down);
  const across = Math.sqrt(Math.max(0, 1 - along * along));
  const nozzle = rootBehindM * along + FLAME.nozzleRadiusM * across;
  const tail = (rootBehindM + lengthM) * along + FLAME.tailRadiusM * flameSpread(altKm) * across;
  return Math.max(0, nozzle, tail);
}

/**
 * The local vertical at (and near) `eciKm`: the normal of the ellipsoid, which the ground is
 * drawn as; the radius would tilt from it by up to 0.19°, enough to sink the rim of a long flame.
 */
export function verticalAt([x, y, z]: Vec3): Vec3 {
  return normalize([x, y, z / (EARTH_POLAR_SCALE * EARTH_POLAR_SCALE)]);
}

/** The downward vertical at `eciKm` in a body's own axes (+X forward, +Y up, +Z = X × Y). */
function downInModel(body: ClearanceSource): Vec3 {
  const down = scale(verticalAt(body.eciKm), -1);
  return [dot(down, body.forward), dot(down, body.up), dot(down, cross(body.forward, body.up))];
}

/**
 * How far (km, ECI) to move each body's drawing off the ground when craft are drawn `craftScale`
 * times their size: [0, 0, 0] for every body clear of it (all of them in orbit, nearly always).
 */
export function liftsOffGround(
  bodies: readonly ClearanceSource[],
  bounds: readonly ModelBounds[],
  exhausts: readonly Exhaust[],
  craftScale: number,
): Vec3[] {
  // Only what may be near the ground is measured: in orbit (nearly every frame) nothing is.
  const near = bodies.map((body) => body.visible && mayBeLifted(body.phase));
  const reachM = bodies.map((body, i) =>
    near[i] ? reachAlongM(bounds[i]!, downInModel(body)) : 0,
  );
  for (const exhaust of exhausts) {
    const i = bodies.findIndex((b) => b.id === exhaust.bodyId);
    const down = scale(verticalAt(exhaust.eciKm), -1);
    const { backwardEci, altKm, lengthM, rootBehindM } = exhaust;
    const flameM = flameReachM(backwardEci, down, altKm, lengthM, rootBehindM);
    reachM[i] = Math.max(reachM[i]!, flameM);
  }
  const own = bodies.map((body, i) =>
    near[i] ? Math.max(0, (reachM[i]! * craftScale) / 1000 - body.altKm) : 0,
  );
  // One rocket, one lift: that of the one riding it that needs most, so the stack stays rigid.
  return bodies.map((body, i) => {
    let most = i;
    bodies.forEach((other, j) => {
      if (
        other.visible &&
        own[j]! > own[most]! &&
        distanceKm(body.eciKm, other.eciKm) < SAME_ROCKET_KM
      )
        most = j;
    });
    return own[most]! > 0 ? scale(verticalAt(bodies[most]!.eciKm), own[most]!) : [0, 0, 0];
  });
}

const distanceKm = (a: Vec3, b: Vec3): number => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
