/**
 * Builds an SGP4 element set from documented numbers when no historical TLE exists
 * (none is public for Sputnik-1, Vostok-1, Soyuz 19 or Apollo ASTP).
 *
 * Documented: perigee/apogee altitude, inclination, argument of perigee, and a place the craft
 * passed over at a known UTC (the launch site at launch time). Fitted: the right ascension of
 * the ascending node and the mean anomaly, so the SGP4 sub-point at that instant is the site;
 * and the mean semi-major axis and eccentricity, so the apsides SGP4 actually produces (its
 * mean elements are not osculating ones) are the documented altitudes.
 */
import { json2satrec, type SatRec } from 'satellite.js';
import {
  DEG,
  EARTH_RADIUS_KM,
  MU_KM3_S2,
  apsidesToShape,
  meanMotionRevPerDay,
  periodMin,
  trueToMeanAnomaly,
  wrapPi,
  wrapTwoPi,
  type Apsides,
} from './kepler.ts';
import { gmstRad, norm, propagateAt, satrecEpochMs } from './propagate.ts';

export interface DocumentedOrbit extends Apsides {
  readonly name: string;
  readonly catalogNumber: number;
  readonly inclinationDeg: number;
  readonly argPerigeeDeg: number;
  readonly passOver: {
    readonly latDeg: number;
    readonly lonDeg: number;
    readonly utcMs: number;
    readonly direction: 'ascending' | 'descending';
    /**
     * Seconds the craft trails that orbit slot: a launch reaches orbit behind a craft that was
     * already orbiting when it passed over the pad. The plane is unchanged.
     */
    readonly lagSec?: number | undefined;
  };
  /** SGP4 drag term (1/earth radii); 0 keeps the orbit from decaying within the scene. */
  readonly bstar?: number;
}

export interface FittedElements {
  readonly epochUtcMs: number;
  readonly meanMotionRevPerDay: number;
  readonly eccentricity: number;
  readonly inclinationDeg: number;
  readonly raanDeg: number;
  readonly argPerigeeDeg: number;
  readonly meanAnomalyDeg: number;
  readonly bstar: number;
}

interface Shape {
  perigeeRadiusKm: number;
  apogeeRadiusKm: number;
}

export function satrecFromElements(
  name: string,
  catalogNumber: number,
  el: FittedElements,
): SatRec {
  return json2satrec({
    OBJECT_NAME: name,
    OBJECT_ID: name,
    EPOCH: new Date(el.epochUtcMs).toISOString(),
    MEAN_MOTION: el.meanMotionRevPerDay,
    ECCENTRICITY: el.eccentricity,
    INCLINATION: el.inclinationDeg,
    RA_OF_ASC_NODE: el.raanDeg,
    ARG_OF_PERICENTER: el.argPerigeeDeg,
    MEAN_ANOMALY: el.meanAnomalyDeg,
    NORAD_CAT_ID: catalogNumber,
    ELEMENT_SET_NO: 1,
    BSTAR: el.bstar,
    MEAN_MOTION_DOT: 0,
    MEAN_MOTION_DDOT: 0,
  });
}

/** Smallest and largest geocentric radius over one revolution after the epoch, km. */
export function measureApsides(satrec: SatRec, stepSec = 10): Shape {
  const epochMs = satrecEpochMs(satrec);
  const revolutionSec = (86400 / ((satrec.no * 1440) / (2 * Math.PI))) * 1.02;
  let perigeeRadiusKm = Infinity;
  let apogeeRadiusKm = 0;
  for (let t = 0; t <= revolutionSec; t += stepSec) {
    const r = norm(propagateAt(satrec, epochMs + t * 1000).eciKm);
    perigeeRadiusKm = Math.min(perigeeRadiusKm, r);
    apogeeRadiusKm = Math.max(apogeeRadiusKm, r);
  }
  return { perigeeRadiusKm, apogeeRadiusKm };
}

export function fitElementSet(orbit: DocumentedOrbit): {
  satrec: SatRec;
  elements: FittedElements;
} {
  const { passOver } = orbit;
  const inclination = orbit.inclinationDeg * DEG;
  const argPerigee = orbit.argPerigeeDeg * DEG;
  if (Math.abs(passOver.latDeg) > orbit.inclinationDeg) {
    throw new Error(
      `${orbit.name}: latitude ${passOver.latDeg}° is never reached at inclination ${orbit.inclinationDeg}°`,
    );
  }
  const target: Shape = {
    perigeeRadiusKm: EARTH_RADIUS_KM + orbit.perigeeKm,
    apogeeRadiusKm: EARTH_RADIUS_KM + orbit.apogeeKm,
  };

  // Spherical-Earth first guess: argument of latitude from sin(lat) = sin(i)·sin(u).
  const ascendingU = Math.asin(Math.sin(passOver.latDeg * DEG) / Math.sin(inclination));
  const u = passOver.direction === 'ascending' ? ascendingU : Math.PI - ascendingU;
  const rightAscension = passOver.lonDeg * DEG + gmstRad(passOver.utcMs);
  let raan = wrapTwoPi(
    rightAscension - Math.atan2(Math.cos(inclination) * Math.sin(u), Math.cos(u)),
  );
  let shape = { ...target };
  let meanAnomaly = trueToMeanAnomaly(u - argPerigee, eccentricityOf(shape));

  const build = (raanRad: number, meanAnomalyRad: number, s: Shape): SatRec => {
    const a = (s.perigeeRadiusKm + s.apogeeRadiusKm) / 2;
    return satrecFromElements(orbit.name, orbit.catalogNumber, {
      epochUtcMs: passOver.utcMs,
      meanMotionRevPerDay: meanMotionRevPerDay(a),
      eccentricity: eccentricityOf(s),
      inclinationDeg: orbit.inclinationDeg,
      raanDeg: raanRad / DEG,
      argPerigeeDeg: orbit.argPerigeeDeg,
      meanAnomalyDeg: meanAnomalyRad / DEG,
      bstar: orbit.bstar ?? 0,
    });
  };
  const miss = (raanRad: number, meanAnomalyRad: number, s: Shape): [number, number] => {
    const state = propagateAt(build(raanRad, meanAnomalyRad, s), passOver.utcMs);
    return [(state.latDeg - passOver.latDeg) * DEG, wrapPi((state.lonDeg - passOver.lonDeg) * DEG)];
  };

  for (let outer = 0; outer < 4; outer++) {
    // Apsides: shift the mean radii by what SGP4 misses by.
    const measured = measureApsides(build(raan, meanAnomaly, shape));
    shape = {
      perigeeRadiusKm: shape.perigeeRadiusKm + target.perigeeRadiusKm - measured.perigeeRadiusKm,
      apogeeRadiusKm: shape.apogeeRadiusKm + target.apogeeRadiusKm - measured.apogeeRadiusKm,
    };
    // Position: Newton steps on (RAAN, M) with a finite-difference Jacobian.
    for (let step = 0; step < 4; step++) {
      const h = 1e-5;
      const f = miss(raan, meanAnomaly, shape);
      const fr = miss(raan + h, meanAnomaly, shape);
      const fm = miss(raan, meanAnomaly + h, shape);
      const j11 = (fr[0] - f[0]) / h;
      const j21 = (fr[1] - f[1]) / h;
      const j12 = (fm[0] - f[0]) / h;
      const j22 = (fm[1] - f[1]) / h;
      const det = j11 * j22 - j12 * j21;
      if (Math.abs(det) < 1e-12) break;
      raan = wrapTwoPi(raan - (j22 * f[0] - j12 * f[1]) / det);
      meanAnomaly = wrapTwoPi(meanAnomaly - (j11 * f[1] - j21 * f[0]) / det);
    }
  }

  const a = (shape.perigeeRadiusKm + shape.apogeeRadiusKm) / 2;
  const lagRad = (passOver.lagSec ?? 0) * Math.sqrt(MU_KM3_S2 / a ** 3);
  meanAnomaly = wrapTwoPi(meanAnomaly - lagRad);
  const elements: FittedElements = {
    epochUtcMs: passOver.utcMs,
    meanMotionRevPerDay: meanMotionRevPerDay(a),
    eccentricity: eccentricityOf(shape),
    inclinationDeg: orbit.inclinationDeg,
    raanDeg: raan / DEG,
    argPerigeeDeg: orbit.argPerigeeDeg,
    meanAnomalyDeg: meanAnomaly / DEG,
    bstar: orbit.bstar ?? 0,
  };
  return { satrec: satrecFromElements(orbit.name, orbit.catalogNumber, elements), elements };
}

function eccentricityOf(s: Shape): number {
  return (s.apogeeRadiusKm - s.perigeeRadiusKm) / (s.apogeeRadiusKm + s.perigeeRadiusKm);
}

/** Keplerian period of documented apsides, minutes (for reports; SGP4 decides the real one). */
export function nominalPeriodMin(apsides: Apsides): number {
  return periodMin(apsidesToShape(apsides).semiMajorAxisKm);
}
