/**
 * Catalogue (J2000) directions to the scene's equator of date: stars shift ~0.6° between 1957 and
 * 2000, more than their own size on screen, so the sky is turned to the scene's date.
 */
import { Rotation_EQJ_EQD } from 'astronomy-engine';

/**
 * Row-major 3×3 rotation M with v_ofDate = M · v_J2000 (astronomy-engine stores the transpose).
 */
export function j2000ToOfDate(utcMs: number): number[][] {
  const { rot } = Rotation_EQJ_EQD(new Date(utcMs));
  return [0, 1, 2].map((i) => [0, 1, 2].map((j) => rot[j]![i]!));
}

/** Unit vector of right ascension / declination (degrees). */
export function raDecToUnit(raDeg: number, decDeg: number): [number, number, number] {
  const ra = (raDeg * Math.PI) / 180;
  const dec = (decDeg * Math.PI) / 180;
  return [Math.cos(dec) * Math.cos(ra), Math.cos(dec) * Math.sin(ra), Math.sin(dec)];
}
