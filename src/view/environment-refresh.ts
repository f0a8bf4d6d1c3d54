import { EARTH_RADIUS_KM } from '../core/orbit/kepler.ts';
import type { Vec3 } from '../core/orbit/propagate.ts';

/** Ground under the craft: one cell is about this many degrees of arc (~330 km, ~40 s in orbit). */
const GROUND_CELL_DEG = 3;
/** The subsolar point: the Sun's light on the Earth below moves 2° in 8 minutes. */
const SUN_CELL_DEG = 2;
/** Altitude bins of 10 % of (altitude + 100 km): fine near the ground, coarse in orbit. */
const ALTITUDE_SCALE_KM = 100;
const ALTITUDE_STEP = Math.log(1.1);

const DEG = 180 / Math.PI;

/** A cell on the sphere whose east–west width stays about `cellDeg` of arc towards the poles. */
function cellOf(latDeg: number, lonDeg: number, cellDeg: number): string {
  const row = Math.floor((latDeg + 90) / cellDeg);
  const rowCentre = (row + 0.5) * cellDeg - 90;
  const perRow = Math.max(1, Math.floor((360 * Math.cos(rowCentre / DEG)) / cellDeg));
  const lon = (((lonDeg % 360) + 360) % 360) / 360;
  return `${row}.${Math.floor(lon * perRow) % perRow}`;
}

export interface EnvironmentState {
  /** The craft whose surroundings are rendered. */
  readonly bodyId: string;
  readonly eciKm: Readonly<Vec3>;
  /** Greenwich sidereal angle, rad (turns the ECI position into the ground below). */
  readonly gmstRad: number;
  readonly subsolar: { readonly latDeg: number; readonly lonDeg: number };
}

/**
 * What the craft's surroundings look like, coarsely: which craft, the cell of ground below it,
 * its altitude bin and the cell of the subsolar point. The environment map is rendered again only
 * when this changes. It is a function of the frame alone (scene time, never wall time, and not of
 * which frames were drawn before), so a recording redraws its environment at the same frames on
 * every run, and a frame within the same cell never pays for it.
 */
export function environmentKey(state: EnvironmentState): string {
  const [x, y, z] = state.eciKm;
  const r = Math.hypot(x, y, z);
  const latDeg = r > 0 ? Math.asin(z / r) * DEG : 0;
  const lonDeg = (Math.atan2(y, x) - state.gmstRad) * DEG;
  const altitudeKm = Math.max(0, r - EARTH_RADIUS_KM);
  const altitudeBin = Math.floor(Math.log(1 + altitudeKm / ALTITUDE_SCALE_KM) / ALTITUDE_STEP);
  const ground = cellOf(latDeg, lonDeg, GROUND_CELL_DEG);
  const sun = cellOf(state.subsolar.latDeg, state.subsolar.lonDeg, SUN_CELL_DEG);
  return `${state.bodyId}|${ground}|${altitudeBin}|${sun}`;
}
