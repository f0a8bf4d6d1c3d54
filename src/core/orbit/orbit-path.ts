/** Samples of an orbit for drawing: the path in inertial space and the track on the ground. */
import type { SatRec } from 'satellite.js';
import { propagateAt, type OrbitState } from './propagate.ts';

/** States every `stepSec` from `fromUtcMs` to `toUtcMs` inclusive. */
export function sampleOrbit(
  satrec: SatRec,
  fromUtcMs: number,
  toUtcMs: number,
  stepSec: number,
): OrbitState[] {
  if (!(stepSec > 0)) throw new RangeError('stepSec must be > 0');
  const samples: OrbitState[] = [];
  for (let t = fromUtcMs; t < toUtcMs; t += stepSec * 1000) samples.push(propagateAt(satrec, t));
  samples.push(propagateAt(satrec, toUtcMs));
  return samples;
}

/** Nodal period (s): time between two successive ascending equator crossings after `fromUtcMs`. */
export function nodalPeriodSec(satrec: SatRec, fromUtcMs: number): number {
  const crossings: number[] = [];
  const stepMs = 5_000;
  let previous = propagateAt(satrec, fromUtcMs).eciKm[2];
  for (
    let t = fromUtcMs + stepMs;
    crossings.length < 2 && t < fromUtcMs + 3 * 86_400_000;
    t += stepMs
  ) {
    const z = propagateAt(satrec, t).eciKm[2];
    if (previous < 0 && z >= 0) crossings.push(t - stepMs + (stepMs * -previous) / (z - previous));
    previous = z;
  }
  const [first, second] = crossings;
  if (first === undefined || second === undefined)
    throw new Error('orbit never crosses the equator');
  return (second - first) / 1000;
}

export interface GroundPoint {
  readonly latDeg: number;
  readonly lonDeg: number;
}

/**
 * The sub-satellite track from `fromUtcMs` to `toUtcMs`, split into runs wherever it crosses the
 * antimeridian, so a map can draw each run as one line without a stroke across the whole map.
 */
export function groundTrack(
  satrec: SatRec,
  fromUtcMs: number,
  toUtcMs: number,
  stepSec: number,
): GroundPoint[][] {
  const runs: GroundPoint[][] = [];
  let run: GroundPoint[] = [];
  for (const { latDeg, lonDeg } of sampleOrbit(satrec, fromUtcMs, toUtcMs, stepSec)) {
    const previous = run[run.length - 1];
    if (previous && Math.abs(lonDeg - previous.lonDeg) > 180) {
      runs.push(run);
      run = [];
    }
    run.push({ latDeg, lonDeg });
  }
  if (run.length > 0) runs.push(run);
  return runs;
}
