/**
 * Relative motion near a target in a circular orbit (Clohessy–Wiltshire / Hill equations), in
 * the target's local-vertical/local-horizontal frame: x radial (up), y along the velocity,
 * z along the orbit normal. Closed form, so any instant is evaluated directly, never stepped.
 */
import { add, cross, dot, length, normalize, scale, sub, type Vec3 } from '../vec3.ts';
import type { StateVector } from './element-set-from-state.ts';

export interface RelativeState {
  /** Chaser minus target in the LVLH frame, km. */
  readonly posKm: Vec3;
  /** Its rate of change as seen in the rotating frame, km/s. */
  readonly velKms: Vec3;
}

/** The relative state `dtSec` later under the CW equations with mean motion `n` (rad/s). */
export function cwPropagate(start: RelativeState, n: number, dtSec: number): RelativeState {
  const [x0, y0, z0] = start.posKm;
  const [vx0, vy0, vz0] = start.velKms;
  const nt = n * dtSec;
  const s = Math.sin(nt);
  const c = Math.cos(nt);
  return {
    posKm: [
      (4 - 3 * c) * x0 + (s / n) * vx0 + (2 / n) * (1 - c) * vy0,
      6 * (s - nt) * x0 + y0 - (2 / n) * (1 - c) * vx0 + ((4 * s - 3 * nt) / n) * vy0,
      c * z0 + (s / n) * vz0,
    ],
    velKms: [
      3 * n * s * x0 + c * vx0 + 2 * s * vy0,
      6 * n * (c - 1) * x0 - 2 * s * vx0 + (4 * c - 3) * vy0,
      -n * s * z0 + c * vz0,
    ],
  };
}

/**
 * The velocity at `from` that carries the chaser to `toKm` in `dtSec` (a two-impulse CW
 * transfer's first burn). Throws near whole revolutions, where no such velocity exists.
 */
export function cwTransferVelocity(fromKm: Vec3, toKm: Vec3, n: number, dtSec: number): Vec3 {
  const nt = n * dtSec;
  const s = Math.sin(nt);
  const c = Math.cos(nt);
  const [x0, y0, z0] = fromKm;
  // In-plane: [x; y](t) = Φrr·r0 + Φrv·v0, solve the 2×2 Φrv for v0.
  const rx = toKm[0] - (4 - 3 * c) * x0;
  const ry = toKm[1] - (6 * (s - nt) * x0 + y0);
  const a11 = s / n;
  const a12 = (2 / n) * (1 - c);
  const a21 = -(2 / n) * (1 - c);
  const a22 = (4 * s - 3 * nt) / n;
  const det = a11 * a22 - a12 * a21;
  if (Math.abs(det) < 1e-9 / (n * n) || Math.abs(s) < 1e-9)
    throw new Error(`no CW transfer takes exactly ${dtSec} s (a whole number of half-revolutions)`);
  return [(rx * a22 - a12 * ry) / det, (a11 * ry - a21 * rx) / det, (toKm[2] - c * z0) / (s / n)];
}

/** The target's LVLH axes in the inertial frame, and the frame's rotation rate (rad/s). */
export function lvlhFrame(target: StateVector): { x: Vec3; y: Vec3; z: Vec3; rateRadS: number } {
  const x = normalize(target.eciKm);
  const h = cross(target.eciKm, target.velKms);
  const z = normalize(h);
  const y = cross(z, x);
  return { x, y, z, rateRadS: length(h) / dot(target.eciKm, target.eciKm) };
}

/** A chaser's inertial state seen from the target's rotating LVLH frame. */
export function toRelative(target: StateVector, chaser: StateVector): RelativeState {
  const f = lvlhFrame(target);
  const dr = sub(chaser.eciKm, target.eciKm);
  const dv = sub(chaser.velKms, target.velKms);
  const posKm: Vec3 = [dot(dr, f.x), dot(dr, f.y), dot(dr, f.z)];
  // Rotating-frame rate: subtract ω × ρ with ω = rate·ẑ.
  const inertialRate: Vec3 = [dot(dv, f.x), dot(dv, f.y), dot(dv, f.z)];
  const omegaCrossRho: Vec3 = [-f.rateRadS * posKm[1], f.rateRadS * posKm[0], 0];
  return { posKm, velKms: sub(inertialRate, omegaCrossRho) };
}

/** The inverse of toRelative. */
export function fromRelative(target: StateVector, relative: RelativeState): StateVector {
  const f = lvlhFrame(target);
  const [x, y] = relative.posKm;
  const omegaCrossRho: Vec3 = [-f.rateRadS * y, f.rateRadS * x, 0];
  const rate = add(relative.velKms, omegaCrossRho);
  const inFrame = (v: Vec3): Vec3 => add(add(scale(f.x, v[0]), scale(f.y, v[1])), scale(f.z, v[2]));
  return {
    eciKm: add(target.eciKm, inFrame(relative.posKm)),
    velKms: add(target.velKms, inFrame(rate)),
  };
}
