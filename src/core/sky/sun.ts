/** Where the Sun is: Vallado's low-precision solar position (0.01°, valid 1950–2050), via satellite.js. */
import { sunPos } from 'satellite.js';
import { gmstRad, julianDate, wrapLonDeg, type Vec3 } from '../orbit/propagate.ts';

const RAD_TO_DEG = 180 / Math.PI;

/** Unit vector from Earth's centre to the Sun in the inertial (equator-of-date) frame. */
export function sunDirectionEci(utcMs: number): Vec3 {
  const { rsun } = sunPos(julianDate(utcMs));
  const length = Math.hypot(rsun.x, rsun.y, rsun.z);
  return [rsun.x / length, rsun.y / length, rsun.z / length];
}

/** The point on Earth with the Sun at the zenith. */
export function subsolarPoint(utcMs: number): { latDeg: number; lonDeg: number } {
  const { rtasc, decl } = sunPos(julianDate(utcMs));
  return { latDeg: decl * RAD_TO_DEG, lonDeg: wrapLonDeg((rtasc - gmstRad(utcMs)) * RAD_TO_DEG) };
}
