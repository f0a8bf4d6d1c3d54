/**
 * A craft's manoeuvres as a chain of SGP4 element sets. Each burn is an instant change of speed
 * along the velocity at its time, sized so that SGP4 then flies the requested apogee (or
 * perigee); the next element set is built from the state right after the burn, so the craft
 * never jumps.
 */
import type { SatRec } from 'satellite.js';
import { add, length, normalize, scale } from '../vec3.ts';
import { elementSetFromState, type StateVector } from './element-set-from-state.ts';
import { measureApsides, type FittedElements } from './fit-element-set.ts';
import { EARTH_RADIUS_KM, MU_KM3_S2 } from './kepler.ts';
import { propagateAt } from './propagate.ts';

export interface BurnRequest {
  readonly utcMs: number;
  /** Exactly one of the two: the apsis opposite the burn point, km altitude. */
  readonly apogeeKm?: number;
  readonly perigeeKm?: number;
}

export interface OrbitChange {
  readonly utcMs: number;
  readonly satrec: SatRec;
  readonly elements: FittedElements;
  readonly deltaVMs: number;
  /** Altitude of the burn point, km. */
  readonly altitudeKm: number;
}

const SEARCH_STEP_MS = 10_000;

/** The burns of `requests` flown one after another from `initial` (requests in time order). */
export function flyBurns(
  name: string,
  catalogNumber: number,
  initial: SatRec,
  requests: readonly BurnRequest[],
): OrbitChange[] {
  const changes: OrbitChange[] = [];
  let current = initial;
  for (const request of requests) {
    const { utcMs } = request;
    const before = propagateAt(current, utcMs);
    const { satrec, elements, deltaVKms } = aimedBurn(name, catalogNumber, utcMs, before, request);
    changes.push({
      utcMs,
      satrec,
      elements,
      deltaVMs: deltaVKms * 1000,
      altitudeKm: length(before.eciKm) - EARTH_RADIUS_KM,
    });
    current = satrec;
  }
  return changes;
}

/**
 * The speed change that makes SGP4 fly the requested apsis (to 50 m). Two-body formulas miss by
 * kilometres here (the osculating orbit at the burn differs from SGP4's mean one through J2's
 * short-period terms), so the change is found by secant steps on what SGP4 actually flies.
 */
function aimedBurn(
  name: string,
  catalogNumber: number,
  utcMs: number,
  before: StateVector,
  request: BurnRequest,
): { satrec: SatRec; elements: FittedElements; deltaVKms: number } {
  const wantApogee = request.apogeeKm !== undefined;
  const wanted = (wantApogee ? request.apogeeKm : request.perigeeKm) ?? 0;
  const direction = normalize(before.velKms);
  const fly = (deltaVKms: number) => {
    const set = elementSetFromState(name, catalogNumber, utcMs, {
      eciKm: before.eciKm,
      velKms: add(before.velKms, scale(direction, deltaVKms)),
    });
    const measured = measureApsides(set.satrec, 20);
    const flownKm =
      (wantApogee ? measured.apogeeRadiusKm : measured.perigeeRadiusKm) - EARTH_RADIUS_KM;
    return { ...set, deltaVKms, missKm: flownKm - wanted };
  };
  // A trial that sinks the orbit into the atmosphere (SGP4 gives up) is retried half as far.
  const flyToward = (from: number, to: number) => {
    for (let target = to, halvings = 0; halvings < 12; halvings++, target = (from + target) / 2) {
      try {
        return fly(target);
      } catch {
        continue;
      }
    }
    throw new Error(
      `expected a burn at ${new Date(utcMs).toISOString()} that keeps ${name} in orbit, found ` +
        'that every trial sinks it into the atmosphere (check the burn time and the orbit before it)',
    );
  };
  // First guess: the opposite apsis moves by 4r²v·Δv/μ; steps are capped at 30 m/s.
  const r = length(before.eciKm);
  const speed = length(before.velKms);
  const kmPerKms = (4 * r * r * speed) / MU_KM3_S2;
  const capped = (from: number, to: number) => from + Math.max(-0.03, Math.min(0.03, to - from));
  let previous = fly(0);
  let current = flyToward(0, capped(0, -previous.missKm / kmPerKms));
  for (let step = 0; step < 12 && Math.abs(current.missKm) > 0.05; step++) {
    const slope = (current.missKm - previous.missKm) / (current.deltaVKms - previous.deltaVKms);
    const aim = current.deltaVKms - current.missKm / (slope > 0 ? slope : kmPerKms);
    const next = flyToward(current.deltaVKms, capped(current.deltaVKms, aim));
    previous = current;
    current = next;
  }
  if (Math.abs(current.missKm) > 0.05)
    throw new Error(`${name}: no burn at ${new Date(utcMs).toISOString()} reaches ${wanted} km`);
  return {
    satrec: current.satrec,
    elements: current.elements,
    deltaVKms: Math.abs(current.deltaVKms),
  };
}

/**
 * The radius extremum of `kind` nearest `nearUtcMs` (within half a revolution either side): where
 * a burn that changes the opposite apsis is cheapest.
 */
export function nearestApsis(satrec: SatRec, nearUtcMs: number, kind: 'min' | 'max'): number {
  const halfRevMs = (Math.PI / satrec.no) * 60_000;
  const radius = (t: number) => length(propagateAt(satrec, t).eciKm);
  const better = (a: number, b: number) => (kind === 'min' ? a < b : a > b);
  let best = nearUtcMs;
  let bestRadius = radius(best);
  for (let t = nearUtcMs - halfRevMs; t <= nearUtcMs + halfRevMs; t += SEARCH_STEP_MS) {
    const r = radius(t);
    if (better(r, bestRadius)) {
      best = t;
      bestRadius = r;
    }
  }
  // Golden-section refinement to the second.
  let lo = best - SEARCH_STEP_MS;
  let hi = best + SEARCH_STEP_MS;
  const golden = (Math.sqrt(5) - 1) / 2;
  while (hi - lo > 500) {
    const a = hi - golden * (hi - lo);
    const b = lo + golden * (hi - lo);
    if (better(radius(a), radius(b))) hi = b;
    else lo = a;
  }
  return Math.round((lo + hi) / 2 / 1000) * 1000;
}
