/** The Moon's geocentric position (astronomy-engine, true equator of date), for drawing it in place. */
import { GeoMoon, KM_PER_AU, MoonPhase, RotateVector, Rotation_EQJ_EQD } from 'astronomy-engine';
import type { Vec3 } from '../orbit/propagate.ts';

export const MOON_RADIUS_KM = 1737.4;

/** Geocentric Moon in the inertial equator-of-date frame, km. */
export function moonPositionEci(utcMs: number): Vec3 {
  const date = new Date(utcMs);
  const ofDate = RotateVector(Rotation_EQJ_EQD(date), GeoMoon(date));
  return [ofDate.x * KM_PER_AU, ofDate.y * KM_PER_AU, ofDate.z * KM_PER_AU];
}

/** Ecliptic elongation of the Moon from the Sun, degrees: 0 new, 90 first quarter, 180 full. */
export function moonPhaseDeg(utcMs: number): number {
  return MoonPhase(new Date(utcMs));
}
