/**
 * The last tens of kilometres of a rendezvous, in the target's LVLH frame (see
 * clohessy-wiltshire.ts), measured between the two docking interfaces:
 *
 *  1. transfer: from the terminal-phase burn, a CW coast that arrives at the hold point
 *     `holdKm` out along the target port's axis (behind the target on its velocity line, the
 *     V-bar, for an aft-facing port; above it, the R-bar, for a zenith port), where braking
 *     stops it;
 *  2. station keeping there (held by thrust where CW would not hold it still);
 *  3. final approach along the port's axis, closing at `contactRateMs` at contact;
 *  4. docked: the interfaces touch (relative position zero).
 */
import { scale, type Vec3 } from '../vec3.ts';
import { cwPropagate, cwTransferVelocity, type RelativeState } from './clohessy-wiltshire.ts';

export type ProximityPhase = 'transfer' | 'station-keeping' | 'final-approach' | 'docked';

export interface ProximityPlan {
  /** Terminal-phase burn: where the SGP4 chaser hands over to this model. */
  readonly handOverMs: number;
  /** Interface-to-interface relative state at hand-over, taken from the two SGP4 orbits. */
  readonly start: RelativeState;
  /** Target's mean motion, rad/s. */
  readonly meanMotionRadS: number;
  readonly brakingMs: number;
  readonly holdKm: number;
  /** Unit vector out of the target's port, LVLH: the approach comes in along it. */
  readonly axis: Vec3;
  readonly finalApproachMs: number;
  readonly contactMs: number;
  readonly contactRateMs: number;
}

export interface ProximityState extends RelativeState {
  readonly phase: ProximityPhase;
}

/** Problems that would make the plan meaningless (empty when it is sound). */
export function proximityPlanProblems(plan: ProximityPlan): string[] {
  const problems: string[] = [];
  const order = [plan.handOverMs, plan.brakingMs, plan.finalApproachMs, plan.contactMs];
  if (order.some((t, i) => i > 0 && t <= (order[i - 1] ?? t)))
    problems.push('expected terminal phase < braking < final approach < contact');
  // Beyond 3× the hold distance per approach time the closing profile would overshoot.
  const approachSec = (plan.contactMs - plan.finalApproachMs) / 1000;
  if ((plan.contactRateMs / 1000) * approachSec > 3 * plan.holdKm)
    problems.push('contact rate too high for the hold distance and approach time');
  return problems;
}

/** Velocity right after the terminal-phase burn (the first impulse of the CW transfer). */
export function transferStartVelocity(plan: ProximityPlan): Vec3 {
  return cwTransferVelocity(
    plan.start.posKm,
    scale(plan.axis, plan.holdKm),
    plan.meanMotionRadS,
    (plan.brakingMs - plan.handOverMs) / 1000,
  );
}

const cache = new WeakMap<ProximityPlan, Vec3>();

/** Interface-to-interface state at `utcMs` (≥ handOverMs). */
export function proximityStateAt(plan: ProximityPlan, utcMs: number): ProximityState {
  if (utcMs < plan.brakingMs) {
    let velKms = cache.get(plan);
    if (!velKms) {
      velKms = transferStartVelocity(plan);
      cache.set(plan, velKms);
    }
    const dt = Math.max(0, utcMs - plan.handOverMs) / 1000;
    return {
      ...cwPropagate({ posKm: plan.start.posKm, velKms }, plan.meanMotionRadS, dt),
      phase: 'transfer',
    };
  }
  if (utcMs < plan.finalApproachMs)
    return { posKm: scale(plan.axis, plan.holdKm), velKms: [0, 0, 0], phase: 'station-keeping' };
  if (utcMs < plan.contactMs) {
    // Cubic Hermite from rest at the hold point to contact at the closing rate.
    const durationSec = (plan.contactMs - plan.finalApproachMs) / 1000;
    const s = (utcMs - plan.finalApproachMs) / 1000 / durationSec;
    const slope = (plan.contactRateMs / 1000) * durationSec;
    // Distance out along the axis: from holdKm at rest to 0, closing at the contact rate.
    const d = plan.holdKm * (2 * s ** 3 - 3 * s ** 2 + 1) - slope * (s ** 3 - s ** 2);
    const dd = (plan.holdKm * (6 * s ** 2 - 6 * s) - slope * (3 * s ** 2 - 2 * s)) / durationSec;
    return {
      posKm: scale(plan.axis, d),
      velKms: scale(plan.axis, dd),
      phase: 'final-approach',
    };
  }
  return { posKm: [0, 0, 0], velKms: [0, 0, 0], phase: 'docked' };
}
