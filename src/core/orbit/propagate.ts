/** SGP4 state of a satrec at a UTC instant, in the frames the app needs. */
import { eciToGeodetic, geodeticToEcf, gstime, sgp4, type SatRec } from 'satellite.js';

export type { Vec3 } from '../vec3.ts';
import type { Vec3 } from '../vec3.ts';
import { EARTH_ROTATION_RAD_S } from './kepler.ts';

export interface OrbitState {
  /** TEME (≈ true-equator inertial) position, km. */
  readonly eciKm: Vec3;
  readonly velKms: Vec3;
  readonly latDeg: number;
  readonly lonDeg: number;
  /** Height above the WGS ellipsoid, km. */
  readonly altKm: number;
}

const MS_PER_MIN = 60_000;
const RAD_TO_DEG = 180 / Math.PI;

/** Julian date (UTC) of epoch milliseconds. */
export function julianDate(utcMs: number): number {
  return utcMs / 86_400_000 + 2440587.5;
}

/** Greenwich mean sidereal angle (rad) at `utcMs`. */
export function gmstRad(utcMs: number): number {
  return gstime(julianDate(utcMs));
}

/** Epoch of a satrec as UTC epoch milliseconds. */
export function satrecEpochMs(satrec: SatRec): number {
  return (satrec.jdsatepoch - 2440587.5) * 86_400_000;
}

/**
 * Propagates with SGP4. Throws with satellite.js's reason when SGP4 gives up (decayed orbit,
 * eccentricity out of range): a scene must never silently draw a wrong position.
 */
export function propagateAt(satrec: SatRec, utcMs: number): OrbitState {
  const result = sgp4(satrec, (utcMs - satrecEpochMs(satrec)) / MS_PER_MIN);
  if (!result) {
    throw new Error(
      `SGP4 failed for satellite ${satrec.satnum} at ${new Date(utcMs).toISOString()} (error ${satrec.error})`,
    );
  }
  const { position, velocity } = result;
  const geodetic = eciToGeodetic(position, gmstRad(utcMs));
  return {
    eciKm: [position.x, position.y, position.z],
    velKms: [velocity.x, velocity.y, velocity.z],
    latDeg: geodetic.latitude * RAD_TO_DEG,
    lonDeg: wrapLonDeg(geodetic.longitude * RAD_TO_DEG),
    altKm: geodetic.height,
  };
}

export function wrapLonDeg(lonDeg: number): number {
  const wrapped = ((((lonDeg + 180) % 360) + 360) % 360) - 180;
  return wrapped === -180 ? 180 : wrapped;
}

export function norm(v: readonly number[]): number {
  return Math.hypot(v[0] ?? 0, v[1] ?? 0, v[2] ?? 0);
}

/** Inertial velocity of a point at `eciKm` turning with the Earth: ω × r about the z axis, km/s. */
export function turningWithEarthKms(eciKm: Vec3): Vec3 {
  return [-EARTH_ROTATION_RAD_S * eciKm[1], EARTH_ROTATION_RAD_S * eciKm[0], 0];
}

/** A geodetic point (WGS ellipsoid) in the inertial frame at `utcMs`, km. */
export function geodeticToEciKm(
  latDeg: number,
  lonDeg: number,
  heightKm: number,
  utcMs: number,
): Vec3 {
  const ecf = geodeticToEcf({
    latitude: latDeg / RAD_TO_DEG,
    longitude: lonDeg / RAD_TO_DEG,
    height: heightKm,
  });
  const theta = gmstRad(utcMs);
  const c = Math.cos(theta);
  const s = Math.sin(theta);
  return [c * ecf.x - s * ecf.y, s * ecf.x + c * ecf.y, ecf.z];
}
