/**
 * The SGP4 element set whose state at its epoch is a given position and velocity.
 *
 * SGP4 reads mean elements, not osculating ones: converting a state straight to classical
 * elements lands kilometres off once SGP4 adds its short-period terms back. A fixed-point
 * iteration on the state fed to the conversion removes that difference, so a burn changes the
 * orbit without moving the craft.
 */
import type { SatRec } from 'satellite.js';
import { add, cross, dot, length, scale, sub, type Vec3 } from '../vec3.ts';
import { DEG, MU_KM3_S2, meanMotionRevPerDay, trueToMeanAnomaly, wrapTwoPi } from './kepler.ts';
import { satrecFromElements, type FittedElements } from './fit-element-set.ts';
import { propagateAt } from './propagate.ts';

export interface StateVector {
  readonly eciKm: Vec3;
  readonly velKms: Vec3;
}

/** Classical elements of a two-body state (angles in degrees), at epoch `utcMs`. */
export function stateToElements(state: StateVector, utcMs: number, bstar: number): FittedElements {
  const r = state.eciKm;
  const v = state.velKms;
  const rLen = length(r);
  const h = cross(r, v);
  const node: Vec3 = [-h[1], h[0], 0];
  const eVec = sub(scale(cross(v, h), 1 / MU_KM3_S2), scale(r, 1 / rLen));
  const e = length(eVec);
  const energy = dot(v, v) / 2 - MU_KM3_S2 / rLen;
  const a = -MU_KM3_S2 / (2 * energy);
  const inclination = Math.acos(h[2] / length(h));
  const nodeLen = length(node);
  const raan = nodeLen > 1e-12 ? wrapTwoPi(Math.atan2(node[1], node[0])) : 0;
  // Argument of latitude is well defined even for circular orbits; split it by the perigee.
  const nodeUnit: Vec3 = nodeLen > 1e-12 ? scale(node, 1 / nodeLen) : [1, 0, 0];
  const inPlane = cross(scale(h, 1 / length(h)), nodeUnit);
  const u = Math.atan2(dot(r, inPlane), dot(r, nodeUnit));
  const argPerigee = e > 1e-9 ? Math.atan2(dot(eVec, inPlane), dot(eVec, nodeUnit)) : 0;
  const trueAnomaly = u - argPerigee;
  return {
    epochUtcMs: utcMs,
    meanMotionRevPerDay: meanMotionRevPerDay(a),
    eccentricity: e,
    inclinationDeg: inclination / DEG,
    raanDeg: raan / DEG,
    argPerigeeDeg: wrapTwoPi(argPerigee) / DEG,
    meanAnomalyDeg: trueToMeanAnomaly(trueAnomaly, e) / DEG,
    bstar,
  };
}

/**
 * An element set for `name` with epoch `utcMs` whose SGP4 position there is `state`'s to within
 * `toleranceKm` (1 m by default). Throws if the iteration does not get there.
 */
export function elementSetFromState(
  name: string,
  catalogNumber: number,
  utcMs: number,
  state: StateVector,
  options: { bstar?: number; toleranceKm?: number } = {},
): { satrec: SatRec; elements: FittedElements } {
  const bstar = options.bstar ?? 0;
  const tolerance = options.toleranceKm ?? 0.001;
  let guess: StateVector = state;
  for (let iteration = 0; iteration < 40; iteration++) {
    const elements = stateToElements(guess, utcMs, bstar);
    const satrec = satrecFromElements(name, catalogNumber, elements);
    const reached = propagateAt(satrec, utcMs);
    const missR = sub(state.eciKm, reached.eciKm);
    const missV = sub(state.velKms, reached.velKms);
    if (length(missR) < tolerance && length(missV) < tolerance / 100) return { satrec, elements };
    guess = { eciKm: add(guess.eciKm, missR), velKms: add(guess.velKms, missV) };
  }
  throw new Error(
    `${name}: no SGP4 element set reproduces the state at ${new Date(utcMs).toISOString()}`,
  );
}
