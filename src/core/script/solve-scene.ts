/**
 * Solves the numbers of a scene file that no source gives, so the documented ones hold. What to
 * solve is written in the file itself, so any scene uses the same solver (npm run solve):
 *
 *  - a burn with `apsis: "nearest"` moves to the apsis nearest its time where it is cheapest
 *    (perigee to change the apogee, apogee to change the perigee);
 *  - `laterPass` on an orbit: its lag behind its launch-time slot is chosen so it passes nearest
 *    that place at that time (the Apollo–Soyuz handshake over Metz);
 *  - `rendezvous.solve` on a chaser: its launch plane's offset from the pad (crossTrackKm) and
 *    its phasing (its lag, or a named burn's apogee or perigee) are chosen so that at the
 *    terminal phase it is in the target's plane, `behindKm` behind it; and if one of its burns
 *    has `apsis: "documented"`, its argument of perigee so an apsis falls at that burn's time.
 *
 * Bodies launched together (the same ascent from the same pad: a stage and its craft) share the
 * solved launch numbers. Targets are solved before their chasers.
 */
import { lvlhFrame } from '../orbit/clohessy-wiltshire.ts';
import { stateToElements } from '../orbit/element-set-from-state.ts';
import { nearestApsis } from '../orbit/orbit-changes.ts';
import { newton, secant } from '../orbit/root-finding.ts';
import { parseUtc } from '../time/utc.ts';
import { dot, length } from '../vec3.ts';
import { compileBodies } from './compile-bodies.ts';
import type { CompiledBody } from './compiled-scene.ts';
import type { ModelCatalog } from './model-catalog.ts';
import type { BodyFile, SceneFile } from './schema.ts';

type Orbit = Extract<BodyFile['trajectory'], { kind: 'sgp4-documented' }>;
type Burn = NonNullable<Orbit['burns']>[number];

const ms = (text: string): number => parseUtc(text) ?? Number.NaN;
const iso = (t: number): string =>
  new Date(Math.round(t / 1000) * 1000).toISOString().replace('.000Z', 'Z');
const round = (x: number, digits: number): number => Math.round(x * 10 ** digits) / 10 ** digits;

export interface SolveResult {
  readonly scene: SceneFile;
  readonly report: string[];
}

export function solveScene(input: SceneFile, models: ModelCatalog): SolveResult {
  const scene = structuredClone(input);
  const report: string[] = [];
  const ctx = new SolveContext(scene, models);
  const chasers = scene.bodies.filter((b) => orbitOfBody(b)?.rendezvous?.solve);
  const others = scene.bodies.filter((b) => !chasers.includes(b) && orbitOfBody(b));
  for (const body of others) {
    const orbit = orbitOfBody(body)!;
    if (orbit.laterPass) report.push(ctx.solveLaterPass(body.id, orbit, orbit.laterPass));
    else ctx.placeBurns(body.id);
  }
  for (const body of chasers) report.push(...ctx.solveChaser(body.id));
  return { scene, report };
}

function orbitOfBody(body: BodyFile): Orbit | null {
  return body.trajectory.kind === 'sgp4-documented' ? body.trajectory : null;
}

class SolveContext {
  constructor(
    private readonly scene: SceneFile,
    private readonly models: ModelCatalog,
  ) {}

  private body(id: string): BodyFile {
    const body = this.scene.bodies.find((b) => b.id === id);
    if (!body) throw new Error(`expected a body "${id}"`);
    return body;
  }

  private orbit(id: string): Orbit {
    const orbit = orbitOfBody(this.body(id));
    if (!orbit) throw new Error(`expected body "${id}" to fly a documented orbit`);
    return orbit;
  }

  /** Bodies compiled on their own orbits (no docking), their burns cut to `burns` if given. */
  private compile(ids: readonly string[], burnsOf?: (id: string) => Burn[]): CompiledBody[] {
    const bodies = ids.map((id) => {
      const body = this.body(id);
      const t = body.trajectory;
      if (t.kind !== 'sgp4-documented') return body;
      const { rendezvous: _docking, ...own } = t;
      return {
        ...body,
        attitude: [],
        trajectory: { ...own, burns: burnsOf ? burnsOf(id) : (t.burns ?? []) },
      };
    });
    const problems: { path: string; message: string }[] = [];
    const compiled = compileBodies(bodies, this.models, problems);
    if (problems.length > 0)
      throw new Error(problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
    return compiled;
  }

  /** The element set flown just before burn `index` of body `id`. */
  private orbitBefore(id: string, index: number) {
    const burns = (this.orbit(id).burns ?? []).slice(0, index);
    const [compiled] = this.compile([id], () => burns);
    const orbits = compiled!.orbits;
    return orbits[orbits.length - 1]!.satrec;
  }

  /** Moves each `apsis: "nearest"` burn to the apsis nearest its time, one after another. */
  placeBurns(id: string): void {
    (this.orbit(id).burns ?? []).forEach((burn, index) => {
      if (burn.apsis !== 'nearest') return;
      const kind = burn.apogeeKm !== undefined ? 'min' : 'max';
      burn.utc = iso(nearestApsis(this.orbitBefore(id, index), ms(burn.utc), kind));
    });
  }

  /** Seconds from the apsis nearest the `apsis: "documented"` burn to its time. */
  private documentedApsisMiss(id: string): number {
    const burns = this.orbit(id).burns ?? [];
    const index = burns.findIndex((b) => b.apsis === 'documented');
    if (index < 0) return 0;
    const burn = burns[index]!;
    const kind = burn.apogeeKm !== undefined ? 'min' : 'max';
    return (nearestApsis(this.orbitBefore(id, index), ms(burn.utc), kind) - ms(burn.utc)) / 1000;
  }

  /** When body `id` passes nearest `place` within 45 minutes of its time. */
  private passTime(id: string, place: { latDeg: number; lonDeg: number; utc: string }): number {
    const [compiled] = this.compile([id]);
    const at = ms(place.utc);
    const cosLat = Math.cos((place.latDeg * Math.PI) / 180);
    let best = at;
    let bestDistance = Infinity;
    for (let t = at - 45 * 60_000; t <= at + 45 * 60_000; t += 1000) {
      const s = compiled!.motion(t);
      const dLon = ((s.lonDeg - place.lonDeg + 540) % 360) - 180;
      const d = Math.hypot(s.latDeg - place.latDeg, dLon * cosLat);
      if (d < bestDistance) [best, bestDistance] = [t, d];
    }
    return best;
  }

  solveLaterPass(id: string, orbit: Orbit, place: NonNullable<Orbit['laterPass']>): string {
    const run = (lagSec: number): number => {
      orbit.passOver = { ...orbit.passOver, lagSec };
      this.placeBurns(id);
      return (this.passTime(id, place) - ms(place.utc)) / 1000;
    };
    const lag0 = orbit.passOver.lagSec ?? 0;
    const lag = Math.round(secant(run, lag0, lag0 + 60, 2, `${id}: laterPass`));
    run(lag);
    return `${id}: lag behind the launch-time slot ${lag} s (passes ${place.latDeg}°, ${place.lonDeg}° at ${iso(this.passTime(id, place))})`;
  }

  /** Bodies launched with `id`: the same ascent from the same pad (a stage and its craft). */
  private companions(id: string): Orbit[] {
    const own = this.orbit(id).ascent;
    if (!own) return [];
    return this.scene.bodies.flatMap((b) => {
      const o = orbitOfBody(b);
      return o?.ascent &&
        b.id !== id &&
        o.ascent.from === own.from &&
        o.ascent.site.latDeg === own.site.latDeg &&
        o.ascent.site.lonDeg === own.site.lonDeg
        ? [o]
        : [];
    });
  }

  solveChaser(id: string): string[] {
    const orbit = this.orbit(id);
    const r = orbit.rendezvous!;
    const solve = r.solve!;
    const companions = this.companions(id);
    const burns = orbit.burns ?? [];
    const phasingBurn = burns.find((b) => b.id === solve.phasingBy);
    const hasDocumented = burns.some((b) => b.apsis === 'documented');
    const phasingKey = phasingBurn?.apogeeKm !== undefined ? 'apogeeKm' : 'perigeeKm';

    const apply = (x: readonly number[]): void => {
      const [crossTrackKm, phasing, argPerigeeDeg] = x as [number, number, number?];
      const lagSec = phasingBurn ? orbit.passOver.lagSec : phasing;
      for (const o of [orbit, ...companions]) {
        o.passOver = {
          ...o.passOver,
          crossTrackKm,
          ...(lagSec === undefined ? {} : { lagSec }),
        };
        if (argPerigeeDeg !== undefined)
          o.argPerigeeDeg = round(((argPerigeeDeg % 360) + 360) % 360, 4);
      }
      if (phasingBurn) phasingBurn[phasingKey] = phasing;
      this.placeBurns(id);
    };
    const misses = (x: readonly number[]): number[] => {
      apply(x);
      const m = this.terminalPhaseMisses(id, r.target, ms(r.terminalPhase));
      const goals = [m.nodeDeg * 100, m.alongKm + solve.behindKm];
      if (hasDocumented) goals.push(this.documentedApsisMiss(id) / 60);
      return goals;
    };
    const start = [
      orbit.passOver.crossTrackKm ?? 0,
      phasingBurn ? (phasingBurn[phasingKey] ?? 0) : (orbit.passOver.lagSec ?? 0),
      ...(hasDocumented ? [orbit.argPerigeeDeg] : []),
    ];
    const steps = [1, phasingBurn ? 0.2 : 1, 1];
    const tolerances = [1e-2, 0.05, 0.1];
    const x = newton(
      misses,
      start,
      steps.slice(0, start.length),
      tolerances.slice(0, start.length),
      `${id}: rendezvous`,
    );
    const rounded = [
      round(x[0]!, 2),
      round(x[1]!, phasingBurn ? 3 : 2),
      ...x.slice(2).map((v) => round(((v % 360) + 360) % 360, 2)),
    ];
    apply(rounded);
    const m = this.terminalPhaseMisses(id, r.target, ms(r.terminalPhase));
    const phasing = phasingBurn
      ? `${phasingBurn.id} ${phasingKey} ${rounded[1]} km`
      : `lag ${rounded[1]} s behind its launch-time slot`;
    return [
      `${id}: launch plane ${rounded[0]} km beside the pad, ${phasing}${hasDocumented ? `, argument of perigee ${rounded[2]}°` : ''}`,
      `${id}: at the terminal phase ${(-m.alongKm).toFixed(2)} km behind, ${(-m.radialKm).toFixed(2)} km below ${r.target}, node difference ${m.nodeDeg.toExponential(1)}°${hasDocumented ? `; documented burn ${this.documentedApsisMiss(id).toFixed(0)} s from its apsis` : ''}`,
    ];
  }

  /** Along-track lead (km), radial offset (km) and node difference (deg) at `utcMs`. */
  private terminalPhaseMisses(id: string, targetId: string, utcMs: number) {
    const bodies = this.compile([id, targetId]);
    const chaser = bodies[0]!.motion(utcMs);
    const target = bodies[1]!.motion(utcMs);
    const frame = lvlhFrame(target);
    const angle = Math.atan2(dot(chaser.eciKm, frame.y), dot(chaser.eciKm, frame.x));
    const a = stateToElements(chaser, utcMs, 0);
    const t = stateToElements(target, utcMs, 0);
    return {
      alongKm: angle * length(target.eciKm),
      radialKm: length(chaser.eciKm) - length(target.eciKm),
      nodeDeg: ((a.raanDeg - t.raanDeg + 540) % 360) - 180,
    };
  }
}
