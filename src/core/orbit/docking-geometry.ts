/**
 * Where two docking ports meet, in the target's LVLH frame (x up, y along the velocity, z along
 * the orbit normal): the target's port as it points at contact, and the chaser turned so its
 * port faces the target's, by the smallest turn from the target's own attitude. Both craft hold
 * their attitudes fixed in LVLH near contact, so these vectors are constants of a rendezvous.
 */
import { add, cross, dot, length, normalize, scale, sub, type Vec3 } from '../vec3.ts';
import type { Attitude } from './attitude.ts';
import { lvlhFrame } from './clohessy-wiltshire.ts';
import type { StateVector } from './element-set-from-state.ts';

/** A port in a model's axes (+X forward, +Y up, +Z = X × Y), metres. */
export interface PortInModel {
  readonly positionM: readonly [number, number, number];
  readonly axis: readonly [number, number, number];
}

export interface DockingGeometry {
  /** Out of the target's port: the approach comes in along it (unit). */
  readonly axis: Vec3;
  /** The target's port, from the target's origin, km. */
  readonly targetPortKm: Vec3;
  /** The chaser's port, from the chaser's origin, km (chaser in `chaserAttitude`). */
  readonly chaserPortKm: Vec3;
  /** The chaser's docking axis (unit, = −axis). */
  readonly chaserAxis: Vec3;
  /** The chaser's model axes (+X, +Y) in LVLH while it approaches. */
  readonly chaserAttitude: Attitude;
  /** Two unit vectors across the approach axis (the HUD's lateral offsets). */
  readonly lateral: readonly [Vec3, Vec3];
}

const inBasis = (v: readonly number[], f: Vec3, u: Vec3): Vec3 => {
  const s = cross(f, u);
  return add(add(scale(f, v[0]!), scale(u, v[1]!)), scale(s, v[2]!));
};

/** Rotates `v` about unit `k` by `angle` (Rodrigues). */
function rotate(v: Vec3, k: Vec3, angle: number): Vec3 {
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  return add(add(scale(v, c), scale(cross(k, v), s)), scale(k, dot(k, v) * (1 - c)));
}

/** A world direction in the LVLH frame of `target`. */
export function toLvlh(target: StateVector, v: Vec3): Vec3 {
  const f = lvlhFrame(target);
  return [dot(v, f.x), dot(v, f.y), dot(v, f.z)];
}

/** An LVLH direction in the world frame. */
export function fromLvlh(target: StateVector, v: Vec3): Vec3 {
  const f = lvlhFrame(target);
  return add(add(scale(f.x, v[0]), scale(f.y, v[1])), scale(f.z, v[2]));
}

/**
 * The geometry of docking `chaserPort` to `targetPort`, the target in `targetAttitude` (LVLH
 * vectors) at contact.
 */
export function dockingGeometry(
  targetAttitude: Attitude,
  targetPort: PortInModel,
  chaserPort: PortInModel,
): DockingGeometry {
  const f = normalize(targetAttitude.forward);
  const u = normalize(targetAttitude.up);
  const axis = normalize(inBasis(targetPort.axis, f, u));
  const targetPortKm = scale(inBasis(targetPort.positionM, f, u), 0.001);
  // Start from the target's attitude and make the smallest turn that points the chaser's port
  // axis against the target's.
  const want = scale(axis, -1);
  const have = normalize(inBasis(chaserPort.axis, f, u));
  const cosine = Math.max(-1, Math.min(1, dot(have, want)));
  let turnAxis = cross(have, want);
  if (length(turnAxis) < 1e-9) {
    // Parallel or opposite: turn about the target's up if it is across the port, else forward.
    turnAxis = Math.abs(dot(u, have)) < 0.9 ? u : f;
    turnAxis = normalize(sub(turnAxis, scale(have, dot(turnAxis, have))));
  } else turnAxis = normalize(turnAxis);
  const angle = Math.acos(cosine);
  const chaserForward = rotate(f, turnAxis, angle);
  const chaserUp = rotate(u, turnAxis, angle);
  const chaserPortKm = scale(inBasis(chaserPort.positionM, chaserForward, chaserUp), 0.001);
  const radial: Vec3 = Math.abs(axis[0]) < 0.9 ? [1, 0, 0] : [0, 1, 0];
  const e1 = normalize(sub(radial, scale(axis, dot(radial, axis))));
  return {
    axis,
    targetPortKm,
    chaserPortKm,
    chaserAxis: want,
    chaserAttitude: { forward: chaserForward, up: chaserUp },
    lateral: [e1, cross(axis, e1)],
  };
}
