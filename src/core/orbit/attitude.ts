/**
 * Which way a craft points. Craft here fly either nose-first along the local horizontal
 * (prograde) or turned round (retrograde), turning about the local vertical between the two.
 */
import { add, cross, normalize, scale, type Vec3 } from '../vec3.ts';
import type { StateVector } from './element-set-from-state.ts';

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
