/**
 * Which rockets burn in a frame, and which way their flames point. A body in its ascent rides a
 * rocket the models leave out (the launcher is not drawn), so the flame stands for it: it trails
 * behind the craft from lift-off to insertion. Bodies launched together (a stage and the craft on
 * it, a few metres apart) have one flame, behind the aftmost of them. It points back along the
 * path over the ground (the velocity less the Earth's turning), as a flame seen from the ground
 * or from orbit trails the rocket's track, not its inertial motion.
 */
import { turningWithEarthKms } from '../orbit/propagate.ts';
import { dot, length, normalize, sub, type Vec3 } from '../vec3.ts';
import type { BodyFrame } from './evaluate.ts';

export interface Exhaust {
  /** The body the flame trails behind: the aftmost visible one of those launched together. */
  readonly bodyId: string;
  /** Where that body is (ECI, km): the flame's root. */
  readonly eciKm: Vec3;
  /** Unit vector (ECI): the way the flame points from the craft. */
  readonly backwardEci: Vec3;
  readonly altKm: number;
}

/**
 * Bodies climbing this close together ride one rocket (a stack is tens of metres long; two
 * launches are never this close).
 */
const SAME_ROCKET_KM = 0.1;

export function exhaustsIn(bodies: readonly BodyFrame[]): Exhaust[] {
  const exhausts: Exhaust[] = [];
  for (const body of bodies) {
    if (body.phase !== 'ascent' || !body.visible) continue;
    // Back along the path over the ground: the velocity less the Earth's turning, reversed.
    const backwardEci = normalize(sub(turningWithEarthKms(body.eciKm), body.velKms));
    const i = exhausts.findIndex((e) => length(sub(e.eciKm, body.eciKm)) < SAME_ROCKET_KM);
    const exhaust = { bodyId: body.id, eciKm: body.eciKm, backwardEci, altKm: body.altKm };
    if (i < 0) exhausts.push(exhaust);
    // Further back along the flame: this one is the lower part of the stack.
    else if (dot(sub(body.eciKm, exhausts[i]!.eciKm), backwardEci) > 0) exhausts[i] = exhaust;
  }
  return exhausts;
}
