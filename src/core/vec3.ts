/** Small immutable 3-vector helpers for the core's geometry (camera, flight paths). */
export type Vec3 = [number, number, number];

export const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
export const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
export const scale = (a: Vec3, k: number): Vec3 => [a[0] * k, a[1] * k, a[2] * k];
export const dot = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
export const length = (a: Vec3): number => Math.hypot(a[0], a[1], a[2]);
export const cross = (a: Vec3, b: Vec3): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
export const lerp3 = (a: Vec3, b: Vec3, s: number): Vec3 => [
  a[0] + (b[0] - a[0]) * s,
  a[1] + (b[1] - a[1]) * s,
  a[2] + (b[2] - a[2]) * s,
];

/** Unit vector; +Z for the zero vector, so callers never divide by zero. */
export function normalize(a: Vec3): Vec3 {
  const l = length(a);
  return l > 0 ? scale(a, 1 / l) : [0, 0, 1];
}

/** Spherical interpolation between unit vectors (constant angular speed in `w`). */
export function slerp(u0: Vec3, u1: Vec3, w: number): Vec3 {
  const angle = Math.acos(Math.min(1, Math.max(-1, dot(u0, u1))));
  if (angle < 1e-9) return u0;
  return add(
    scale(u0, Math.sin((1 - w) * angle) / Math.sin(angle)),
    scale(u1, Math.sin(w * angle) / Math.sin(angle)),
  );
}
