/**
 * Which way a craft points. In orbit, craft here fly either nose-first along the local horizontal
 * (prograde) or turned round (retrograde), turning about the local vertical between the two. On
 * the pad and climbing, they point where their rocket does.
 */
import { add, cross, dot, normalize, scale, sub, type Vec3 } from '../vec3.ts';
import type { StateVector } from './element-set-from-state.ts';
import { turningWithEarthKms } from './propagate.ts';

export type Facing = 'prograde' | 'retrograde';

export interface AttitudeKey {
  readonly fromMs: number;
  readonly facing: Facing;
  readonly turnSec: number;
}

export interface Attitude {
  /** The model's +X axis, inertial. */
  readonly forward: Vec3;
  /** The model's +Y axis: away from the Earth. */
  readonly up: Vec3;
}

const angleOf = (facing: Facing) => (facing === 'prograde' ? 0 : Math.PI);

/** Yaw from prograde (rad) at `utcMs`: eased over each key's turn. */
export function yawAt(keys: readonly AttitudeKey[], utcMs: number): number {
  let yaw = 0;
  for (const key of keys) {
    if (utcMs <= key.fromMs) break;
    const s = Math.min(1, (utcMs - key.fromMs) / 1000 / key.turnSec);
    yaw += (angleOf(key.facing) - yaw) * (s * s * (3 - 2 * s));
  }
  return yaw;
}

/** The attitude of a craft at `state` yawed by `yawRad` from prograde. */
export function attitudeOf(state: StateVector, yawRad: number): Attitude {
  const up = normalize(state.eciKm);
  const side = normalize(cross(state.velKms, up));
  const along = cross(up, side);
  return {
    forward: add(scale(along, Math.cos(yawRad)), scale(side, Math.sin(yawRad))),
    up,
  };
}

/**
 * On the pad and climbing, a craft points along its rocket's path over the ground (its velocity
 * less the Earth's turning): straight up on the pad and at lift-off, pitching over downrange as
 * it climbs. `towardOrbit` (0 at lift-off, 1 at insertion) turns that path into the orbit's
 * horizontal, so the attitude runs on into `attitudeOf`'s at insertion without a jump; the roll
 * keeps the side of the orbit's plane that `attitudeOf` keeps.
 */
export function climbingAttitude(state: StateVector, towardOrbit: number): Attitude {
  const radial = normalize(state.eciKm);
  const w = Math.min(1, Math.max(0, towardOrbit));
  const path = sub(
    sub(state.velKms, scale(turningWithEarthKms(state.eciKm), 1 - w)),
    scale(radial, dot(radial, state.velKms) * w),
  );
  // Still on the pad (no motion over the ground): standing up.
  const forward = Math.hypot(...path) < 1e-9 ? radial : normalize(path);
  const side = normalize(cross(state.velKms, radial));
  return { forward, up: normalize(cross(side, forward)) };
}
