/**
 * Solves the numbers of scenes/apollo-soyuz.json that no source gives, so that the documented
 * ones hold (run: npm run solve:apollo-soyuz; the scene's notes explain each):
 *
 *  - Soyuz 19's lag behind the orbit slot over Baikonur at launch: the docked pair passes Metz
 *    at 19:19 UTC, the handshake (A-CAI);
 *  - burns documented only by orbit or revolution: at the apsis nearest their documented time;
 *  - Apollo's launch-plane offset, argument of perigee and lag behind its own launch-time slot:
 *    the two planes coincide at the terminal phase, NC2 falls at perigee at 12:51 (A-TIP), and
 *    the terminal phase starts 30 km behind Soyuz.
 */
import { lvlhFrame } from '../../src/core/orbit/clohessy-wiltshire.ts';
import { stateToElements } from '../../src/core/orbit/element-set-from-state.ts';
import { nearestApsis } from '../../src/core/orbit/orbit-changes.ts';
import { compileBodies } from '../../src/core/script/compile-bodies.ts';
import type { CompiledBody } from '../../src/core/script/compiled-scene.ts';
import { sceneSchema, type BodyFile, type SceneFile } from '../../src/core/script/schema.ts';
import { dot, length } from '../../src/core/vec3.ts';

type Orbit = Extract<BodyFile['trajectory'], { kind: 'sgp4-documented' }>;

const ms = (text: string) => Date.parse(text);
const iso = (t: number) =>
  new Date(Math.round(t / 1000) * 1000).toISOString().replace('.000Z', 'Z');
const METZ = { latDeg: 49.1193, lonDeg: 6.1757 };
const KSC = { latDeg: 28.62722, lonDeg: -80.62083 };
const HANDSHAKE = ms('1975-07-17T19:19:00Z');
const NC2 = ms('1975-07-17T12:51:00Z');
const TERMINAL_PHASE_BEHIND_KM = 30;

function orbitOf(scene: SceneFile, id: string): Orbit {
  const body = scene.bodies.find((b) => b.id === id);
  if (!body || body.trajectory.kind !== 'sgp4-documented')
    throw new Error(`apollo-soyuz: body "${id}" with a documented orbit expected`);
  return body.trajectory;
}

/** The orbit alone: a body compiled without the others cannot dock. */
function withoutRendezvous(orbit: Orbit): Orbit {
  const { rendezvous: _dropped, ...rest } = orbit;
  return rest;
}

function compile(bodies: readonly BodyFile[]): CompiledBody[] {
  const problems: { path: string; message: string }[] = [];
  const compiled = compileBodies(bodies, problems);
  if (problems.length > 0)
    throw new Error(problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return compiled;
}

/**
 * Moves each burn listed in `apsides` to the apsis of the orbit before it nearest `near`.
 * Burns are set one by one because each changes the orbit the next one is placed on.
 */
function placeAtApsides(
  scene: SceneFile,
  id: string,
  apsides: Record<string, { near: number | ((burns: Map<string, number>) => number) }>,
): void {
  const orbit = orbitOf(scene, id);
  const placed = new Map<string, number>();
  for (const [index, burn] of (orbit.burns ?? []).entries()) {
    const rule = apsides[burn.id];
    if (!rule) {
      placed.set(burn.id, ms(burn.utc));
      continue;
    }
    const before = { ...withoutRendezvous(orbit), burns: (orbit.burns ?? []).slice(0, index) };
    const body = scene.bodies.find((b) => b.id === id)!;
    const [compiled] = compile([{ ...body, trajectory: before, attitude: [] }]);
    const orbits = compiled!.orbits;
    const satrec = orbits[orbits.length - 1]!.satrec;
    const near = typeof rule.near === 'number' ? rule.near : rule.near(placed);
    const t = nearestApsis(satrec, near, burn.apogeeKm !== undefined ? 'min' : 'max');
    burn.utc = iso(t);
    placed.set(burn.id, t);
  }
}

/** Secant iteration on f(x) = 0. */
function secant(f: (x: number) => number, x0: number, x1: number, tolerance: number): number {
  let [a, fa] = [x0, f(x0)];
  let [b, fb] = [x1, f(x1)];
  for (let i = 0; i < 30 && Math.abs(fb) > tolerance; i++) {
    const c = b - (fb * (b - a)) / (fb - fa);
    [a, fa] = [b, fb];
    [b, fb] = [c, f(c)];
  }
  if (Math.abs(fb) > tolerance) throw new Error('apollo-soyuz: the solver did not converge');
  return b;
}

function metzPassTime(scene: SceneFile): number {
  const soyuz = compile([scene.bodies.find((b) => b.id === 'soyuz-19')!])[0]!;
  let best = HANDSHAKE;
  let bestDistance = Infinity;
  for (let t = HANDSHAKE - 45 * 60_000; t <= HANDSHAKE + 45 * 60_000; t += 1000) {
    const s = soyuz.motion(t);
    const d = Math.hypot(
      s.latDeg - METZ.latDeg,
      (s.lonDeg - METZ.lonDeg) * Math.cos(METZ.latDeg * (Math.PI / 180)),
    );
    if (d < bestDistance) [best, bestDistance] = [t, d];
  }
  return best;
}

/** A point `km` to the right of the ground track through KSC (ascending at `inclinationDeg`). */
function besideKsc(km: number, inclinationDeg: number): { latDeg: number; lonDeg: number } {
  const rad = Math.PI / 180;
  const lat = KSC.latDeg * rad;
  const heading = Math.asin(Math.cos(inclinationDeg * rad) / Math.cos(lat)) + Math.PI / 2;
  const d = km / 6378.137;
  const lat2 = Math.asin(
    Math.sin(lat) * Math.cos(d) + Math.cos(lat) * Math.sin(d) * Math.cos(heading),
  );
  const lon2 =
    KSC.lonDeg * rad +
    Math.atan2(
      Math.sin(heading) * Math.sin(d) * Math.cos(lat),
      Math.cos(d) - Math.sin(lat) * Math.sin(lat2),
    );
  return {
    latDeg: Math.round((lat2 / rad) * 1e5) / 1e5,
    lonDeg: Math.round((lon2 / rad) * 1e5) / 1e5,
  };
}

interface ApolloParameters {
  offsetKm: number;
  argPerigeeDeg: number;
  lagSec: number;
}

function applyApollo(scene: SceneFile, p: ApolloParameters): void {
  for (const id of ['apollo', 's-ivb']) {
    const orbit = orbitOf(scene, id);
    orbit.passOver = {
      ...orbit.passOver,
      ...besideKsc(p.offsetKm, orbit.inclinationDeg),
      lagSec: p.lagSec,
    };
    orbit.argPerigeeDeg = p.argPerigeeDeg;
  }
  placeAtApsides(scene, 'apollo', {
    'apollo-phasing-1': { near: ms('1975-07-16T07:30:00Z') },
    'apollo-phasing-2': { near: (placed) => placed.get('apollo-phasing-1')! + 44 * 60_000 },
    'apollo-coelliptic': { near: (placed) => placed.get('apollo-nc2')! + 44 * 60_000 },
  });
}

/** Along-track lead (km), out-of-plane node difference (deg) at the terminal phase; NC2 miss (s). */
function apolloMisses(scene: SceneFile): {
  alongKm: number;
  nodeDeg: number;
  perigeeSec: number;
  radialKm: number;
} {
  const apollo = orbitOf(scene, 'apollo');
  const beforeNc2 = {
    ...withoutRendezvous(apollo),
    burns: apollo.burns!.filter((b) => ms(b.utc) < NC2),
  };
  const body = scene.bodies.find((b) => b.id === 'apollo')!;
  const [early] = compile([{ ...body, trajectory: beforeNc2, attitude: [] }]);
  const satrec = early!.orbits[early!.orbits.length - 1]!.satrec;
  const perigeeSec = (nearestApsis(satrec, NC2, 'min') - NC2) / 1000;
  const bodies = compile(
    scene.bodies
      .filter((b) => b.id === 'apollo' || b.id === 'soyuz-19')
      .map((b) => (b.id === 'apollo' ? { ...b, trajectory: withoutRendezvous(apollo) } : b)),
  );
  const t = ms(apollo.rendezvous!.terminalPhase);
  const soyuz = bodies.find((b) => b.id === 'soyuz-19')!.motion(t);
  const chaser = bodies.find((b) => b.id === 'apollo')!.motion(t);
  const frame = lvlhFrame(soyuz);
  const angle = Math.atan2(dot(chaser.eciKm, frame.y), dot(chaser.eciKm, frame.x));
  const a = stateToElements(chaser, t, 0);
  const s = stateToElements(soyuz, t, 0);
  return {
    alongKm: angle * length(soyuz.eciKm),
    nodeDeg: ((a.raanDeg - s.raanDeg + 540) % 360) - 180,
    perigeeSec,
    radialKm: length(chaser.eciKm) - length(soyuz.eciKm),
  };
}

export function solveApolloSoyuz(input: unknown): { scene: SceneFile; report: string[] } {
  const scene = sceneSchema.parse(input);
  const report: string[] = [];

  // 1. Soyuz: its burns at apsides on rev 17, and its lag so the pair passes Metz at 19:19.
  const soyuz = orbitOf(scene, 'soyuz-19');
  const soyuzRun = (lagSec: number) => {
    soyuz.passOver = { ...soyuz.passOver, lagSec };
    placeAtApsides(scene, 'soyuz-19', {
      'soyuz-circularization-1': { near: ms('1975-07-16T12:00:00Z') },
      'soyuz-circularization-2': {
        near: (placed) => placed.get('soyuz-circularization-1')! + 44 * 60_000,
      },
    });
    return (metzPassTime(scene) - HANDSHAKE) / 1000;
  };
  const lag = Math.round(
    secant(soyuzRun, soyuz.passOver.lagSec ?? 0, (soyuz.passOver.lagSec ?? 0) + 60, 2),
  );
  soyuzRun(lag);
  report.push(
    `Soyuz 19 lag behind the launch-time slot: ${lag} s (Metz pass ${iso(metzPassTime(scene))})`,
  );

  // 2. Apollo: Newton steps on (offset, argument of perigee, phasing apogee).
  const apollo = orbitOf(scene, 'apollo');
  let p: ApolloParameters = {
    offsetKm: 60,
    argPerigeeDeg: apollo.argPerigeeDeg,
    lagSec: apollo.passOver.lagSec ?? lag,
  };
  const misses = (q: ApolloParameters) => {
    applyApollo(scene, q);
    const m = apolloMisses(scene);
    return [m.nodeDeg, m.perigeeSec / 60, m.alongKm + TERMINAL_PHASE_BEHIND_KM];
  };
  const keys = ['offsetKm', 'argPerigeeDeg', 'lagSec'] as const;
  const steps = { offsetKm: 1, argPerigeeDeg: 1, lagSec: 1 };
  for (let iteration = 0; iteration < 10; iteration++) {
    const f = misses(p);
    if (Math.abs(f[0]!) < 1e-4 && Math.abs(f[1]!) < 0.1 && Math.abs(f[2]!) < 0.05) break;
    const jacobian = keys.map((k) => {
      const g = misses({ ...p, [k]: p[k] + steps[k] });
      return g.map((v, i) => (v - f[i]!) / steps[k]);
    });
    const dx = solve3(jacobian, f);
    p = {
      offsetKm: p.offsetKm - dx[0]!,
      argPerigeeDeg: (p.argPerigeeDeg - dx[1]! + 360) % 360,
      lagSec: p.lagSec - dx[2]!,
    };
  }
  p = {
    offsetKm: Math.round(p.offsetKm * 100) / 100,
    argPerigeeDeg: Math.round(p.argPerigeeDeg * 100) / 100,
    lagSec: Math.round(p.lagSec * 10) / 10,
  };
  applyApollo(scene, p);
  const m = apolloMisses(scene);
  report.push(
    `Apollo: launch plane ${p.offsetKm} km beside LC-39B, argument of perigee ${p.argPerigeeDeg}°, lag ${p.lagSec} s`,
    `terminal phase: ${(-m.alongKm).toFixed(2)} km behind, ${(-m.radialKm).toFixed(2)} km below, node difference ${m.nodeDeg.toExponential(1)}°; NC2 ${m.perigeeSec.toFixed(0)} s from perigee`,
  );
  return { scene, report };
}

/** Solves J·x = f for x, where jacobian[k][i] = ∂f_i/∂x_k. */
function solve3(jacobian: number[][], f: number[]): number[] {
  const a = [0, 1, 2].map((i) => [0, 1, 2].map((k) => jacobian[k]![i]!));
  const det = (m: number[][]) =>
    m[0]![0]! * (m[1]![1]! * m[2]![2]! - m[1]![2]! * m[2]![1]!) -
    m[0]![1]! * (m[1]![0]! * m[2]![2]! - m[1]![2]! * m[2]![0]!) +
    m[0]![2]! * (m[1]![0]! * m[2]![1]! - m[1]![1]! * m[2]![0]!);
  const d = det(a);
  return [0, 1, 2].map(
    (col) => det(a.map((row, i) => row.map((v, j) => (j === col ? f[i]! : v)))) / d,
  );
}
