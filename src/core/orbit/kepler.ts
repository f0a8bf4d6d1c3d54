/** Two-body relations used to turn documented apsides into mean elements. */

/** Equatorial radius (km), the R of the apsis altitudes in the facts sheet. */
export const EARTH_RADIUS_KM = 6378.137;
/** WGS-84 polar radius, km. */
export const EARTH_POLAR_RADIUS_KM = 6356.752;
/** Polar over equatorial radius: the Earth's meshes are this much flatter along the axis. */
export const EARTH_POLAR_SCALE = EARTH_POLAR_RADIUS_KM / EARTH_RADIUS_KM;
/** Earth's gravitational parameter (km³/s²). */
export const MU_KM3_S2 = 398600.4418;
export const SECONDS_PER_DAY = 86400;
/** Earth's rotation rate, rad/s (WGS-84): the ground, and whatever stands on it, turns at this. */
export const EARTH_ROTATION_RAD_S = 7.2921159e-5;
export const DEG = Math.PI / 180;

export interface Apsides {
  readonly perigeeKm: number;
  readonly apogeeKm: number;
}

/** a = R + (hp + ha)/2, e = (ha − hp)/(2a): altitudes above the equatorial radius. */
export function apsidesToShape({ perigeeKm, apogeeKm }: Apsides): {
  semiMajorAxisKm: number;
  eccentricity: number;
} {
  const semiMajorAxisKm = EARTH_RADIUS_KM + (perigeeKm + apogeeKm) / 2;
  return { semiMajorAxisKm, eccentricity: (apogeeKm - perigeeKm) / (2 * semiMajorAxisKm) };
}

export function meanMotionRevPerDay(semiMajorAxisKm: number): number {
  const radPerSec = Math.sqrt(MU_KM3_S2 / semiMajorAxisKm ** 3);
  return (radPerSec * SECONDS_PER_DAY) / (2 * Math.PI);
}

export function periodMin(semiMajorAxisKm: number): number {
  return (2 * Math.PI * Math.sqrt(semiMajorAxisKm ** 3 / MU_KM3_S2)) / 60;
}

/** Mean anomaly (rad) of true anomaly `nu` (rad) on an ellipse of eccentricity `e`. */
export function trueToMeanAnomaly(nu: number, e: number): number {
  const eccentricAnomaly =
    2 * Math.atan2(Math.sqrt(1 - e) * Math.sin(nu / 2), Math.sqrt(1 + e) * Math.cos(nu / 2));
  return wrapTwoPi(eccentricAnomaly - e * Math.sin(eccentricAnomaly));
}

export function wrapTwoPi(angle: number): number {
  const wrapped = angle % (2 * Math.PI);
  return wrapped < 0 ? wrapped + 2 * Math.PI : wrapped;
}

/** Wraps to (−π, π]. */
export function wrapPi(angle: number): number {
  const wrapped = wrapTwoPi(angle + Math.PI) - Math.PI;
  return wrapped === -Math.PI ? Math.PI : wrapped;
}
