/**
 * Which rockets burn in a frame, and which way their flames point. A body in its ascent rides a
 * rocket the models leave out (the launcher is not drawn), so the flame stands for it: it trails
 * behind the craft from lift-off to insertion. Bodies launched together (a stage and the craft on
 * it, a few metres apart) have one flame, behind the aftmost of them. It points back along the
 * path over the ground (the velocity less the Earth's turning), as a flame seen from the ground
 * or from orbit trails the rocket's track, not its inertial motion.
 */
import { turningWithEarthKms } from '../orbit/propagate.ts';
import { add, dot, length, normalize, scale, sub, type Vec3 } from '../vec3.ts';
import type { BodyState } from './body-motion.ts';

/**
 * The flame's size, in metres at the craft's own scale (drawn enlarged with it): illustrative,
 * as the launcher is not modelled. It starts at the tail of the craft (or of the stack) it trails.
 */
export const FLAME = {
  lengthM: 36,
  nozzleRadiusM: 1,
  tailRadiusM: 3,
  /** In thinning air the flame spreads: its tail is this much wider per km of height… */
  spreadPerKm: 1 / 50,
  /** …up to this factor. */
  maxSpread: 3,
  /**
   * The flame grows to its length over the rocket's first metres off the pad (a few seconds):
   * an enlarged craft stands on its flame, so a flame there at once would jump it up in a frame.
   */
  grownAtKm: 0.1,
} as const;

/** The flame's length at `altKm`, m at the craft's scale. */
export function flameLengthM(altKm: number): number {
  const s = Math.min(1, Math.max(0, altKm / FLAME.grownAtKm));
  return FLAME.lengthM * s * s * (3 - 2 * s);
}

/** How much wider than at the ground the flame's tail is at `altKm`. */
export function flameSpread(altKm: number): number {
  return Math.min(FLAME.maxSpread, 1 + Math.max(0, altKm) * FLAME.spreadPerKm);
}

/** What the flames need of a body. */
export type ExhaustSource = Pick<BodyState, 'phase' | 'eciKm' | 'velKms' | 'altKm'> & {
  readonly id: string;
  readonly visible: boolean;
};

export interface Exhaust {
  /** The body the flame trails behind: the aftmost visible one of those launched together. */
  readonly bodyId: string;
  /** Where that body is (ECI, km): the flame's root. */
  readonly eciKm: Vec3;
  /** Unit vector (ECI): the way the flame points from the craft. */
  readonly backwardEci: Vec3;
  readonly altKm: number;
  /** Its length now, m at the craft's scale (`flameLengthM`). */
  readonly lengthM: number;
  /** How far behind the body's origin the flame starts (its model's tail), m at its scale. */
  readonly rootBehindM: number;
}

/**
 * Bodies climbing this close together ride one rocket (a stack is tens of metres long; two
 * launches are never this close).
 */
export const SAME_ROCKET_KM = 0.1;

/**
 * The flames burning among `bodies`. `aftM` gives how far behind its origin a body's model ends
 * (m, at its own size): the flame starts there, at the tail of the stack.
 */
export function exhaustsIn(
  bodies: readonly ExhaustSource[],
  aftM: (bodyId: string) => number = () => 0,
): Exhaust[] {
  const exhausts: Exhaust[] = [];
  const tailOf = (e: Exhaust): Vec3 => add(e.eciKm, scale(e.backwardEci, e.rootBehindM / 1000));
  for (const body of bodies) {
    if (body.phase !== 'ascent' || !body.visible) continue;
    // Back along the path over the ground: the velocity less the Earth's turning, reversed.
    const backwardEci = normalize(sub(turningWithEarthKms(body.eciKm), body.velKms));
    const i = exhausts.findIndex((e) => length(sub(e.eciKm, body.eciKm)) < SAME_ROCKET_KM);
    const exhaust = {
      bodyId: body.id,
      eciKm: body.eciKm,
      backwardEci,
      altKm: body.altKm,
      lengthM: flameLengthM(body.altKm),
      rootBehindM: aftM(body.id),
    };
    if (i < 0) exhausts.push(exhaust);
    // Its tail further back along the flame: this one is the lower part of the stack.
    else if (dot(sub(tailOf(exhaust), tailOf(exhausts[i]!)), backwardEci) > 0)
      exhausts[i] = exhaust;
  }
  return exhausts;
}
