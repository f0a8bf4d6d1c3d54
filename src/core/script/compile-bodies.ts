/**
 * Turns the bodies of a validated scene file into motions: fits each documented orbit, flies its
 * burns, sets up docking and carrying. Bodies may refer to each other (a chaser to its target, a
 * module to its carrier) in any order; a cycle is an error.
 */
import type { AttitudeKey } from '../orbit/attitude.ts';
import { toRelative } from '../orbit/clohessy-wiltshire.ts';
import { fitElementSet } from '../orbit/fit-element-set.ts';
import type { FlightPlan } from '../orbit/flight-path.ts';
import { flyBurns } from '../orbit/orbit-changes.ts';
import { proximityPlanProblems, type ProximityPlan } from '../orbit/proximity-operations.ts';
import { parseUtc } from '../time/utc.ts';
import {
  carriedMotion,
  flownMotion,
  parachuteMotion,
  type BodyMotion,
  type Rendezvous,
} from './body-motion.ts';
import type { CompiledBody } from './compiled-scene.ts';
import type { SceneProblem } from './scene-error.ts';
import type { BodyFile } from './schema.ts';

const utc = (text: string): number => parseUtc(text) ?? Number.NaN;

export function compileBodies(
  bodies: readonly BodyFile[],
  problems: SceneProblem[],
): CompiledBody[] {
  const compiled = new Map<string, CompiledBody>();
  const failed = new Map<string, string>();
  const building = new Set<string>();
  const indexOf = new Map(bodies.map((b, i) => [b.id, i]));

  const build = (id: string): CompiledBody => {
    const done = compiled.get(id);
    if (done) return done;
    // A body that cannot be built is reported once, at its own path; those needing it say so.
    if (failed.has(id)) throw new Error(`needs "${id}", which has a problem of its own`);
    const index = indexOf.get(id);
    if (index === undefined) throw new Error(`expected a body id, found "${id}"`);
    if (building.has(id))
      throw new Error(`"${id}" depends on itself (through ${[...building].join(' → ')})`);
    building.add(id);
    try {
      const body = compileBody(bodies[index]!, build);
      compiled.set(id, body);
      return body;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (!message.startsWith('needs "') && !message.includes('depends on itself'))
        failed.set(id, message);
      throw error;
    } finally {
      building.delete(id);
    }
  };

  const result: CompiledBody[] = [];
  bodies.forEach((body, index) => {
    try {
      result.push(build(body.id));
    } catch (error) {
      problems.push({
        path: `bodies[${index}].trajectory`,
        message: failed.get(body.id) ?? (error instanceof Error ? error.message : String(error)),
      });
    }
  });
  return result;
}

function compileBody(body: BodyFile, build: (id: string) => CompiledBody): CompiledBody {
  const attitude: AttitudeKey[] = (body.attitude ?? []).map((k) => ({
    fromMs: utc(k.from),
    facing: k.facing,
    turnSec: k.turnSec,
  }));
  const common = {
    id: body.id,
    name: body.name,
    model: body.model,
    showPath: body.showPath,
    facts: body.facts ?? [],
    crew: body.crew ?? [],
    visibleFromMs: body.visibleFrom ? utc(body.visibleFrom) : -Infinity,
    visibleUntilMs: body.visibleUntil ? utc(body.visibleUntil) : Infinity,
  };
  const t = body.trajectory;
  if (t.kind === 'attached') {
    const phases = t.phases.map((p) => ({
      fromMs: utc(p.from),
      to: p.to,
      offsetM: p.offsetM,
      reversed: p.reversed,
    }));
    // Build carriers now, so a missing or circular reference fails at load time.
    for (const p of phases) build(p.to);
    return {
      ...common,
      motion: carriedMotion(phases, (id) => build(id).motion),
      orbits: [],
      burns: [],
      rendezvous: null,
    };
  }
  if (t.kind === 'parachute') {
    const carrier = build(t.from);
    return {
      ...common,
      motion: parachuteMotion(
        {
          leaveMs: utc(t.leave),
          landMs: utc(t.landing.utc),
          latDeg: t.landing.site.latDeg,
          lonDeg: t.landing.site.lonDeg,
        },
        carrier.motion,
      ),
      orbits: [],
      burns: [],
      rendezvous: null,
    };
  }

  const { satrec, elements } = fitElementSet({
    name: body.id,
    catalogNumber: t.catalogNumber,
    perigeeKm: t.perigeeKm,
    apogeeKm: t.apogeeKm,
    inclinationDeg: t.inclinationDeg,
    argPerigeeDeg: t.argPerigeeDeg,
    passOver: { ...t.passOver, utcMs: utc(t.passOver.utc) },
    ...(t.bstar === undefined ? {} : { bstar: t.bstar }),
  });
  const burnFiles = t.burns ?? [];
  const changes = flyBurns(
    body.id,
    t.catalogNumber,
    satrec,
    burnFiles.map((b) => ({
      utcMs: utc(b.utc),
      ...(b.apogeeKm === undefined ? {} : { apogeeKm: b.apogeeKm }),
      ...(b.perigeeKm === undefined ? {} : { perigeeKm: b.perigeeKm }),
    })),
  );
  const leg = (l: NonNullable<typeof t.ascent>) => ({
    fromUtcMs: utc(l.from),
    untilUtcMs: utc(l.until),
    ...l.site,
    ...(l.chute ? { chute: { utcMs: utc(l.chute.utc), altKm: l.chute.altKm } } : {}),
  });
  const plan: FlightPlan = {
    satrec,
    changes,
    ...(t.ascent ? { ascent: leg(t.ascent) } : {}),
    ...(t.descent ? { descent: leg(t.descent) } : {}),
  };
  const offsets = (t.offsets ?? []).map((k) => ({ utcMs: utc(k.utc), alongM: k.alongM }));

  let rendezvous: (Rendezvous & { target: BodyMotion }) | null = null;
  if (t.rendezvous) {
    const r = t.rendezvous;
    const target = build(r.target);
    const interfaceDistanceKm = r.interfaceDistanceM / 1000;
    const handOverMs = utc(r.terminalPhase);
    const own = flownMotion(plan, offsets, attitude, null)(handOverMs);
    const start = toRelative(target.motion(handOverMs), own);
    const proximity: ProximityPlan = {
      handOverMs,
      start: {
        posKm: [start.posKm[0], start.posKm[1] + interfaceDistanceKm, start.posKm[2]],
        velKms: start.velKms,
      },
      meanMotionRadS: meanMotionAt(target, handOverMs),
      brakingMs: utc(r.braking),
      holdKm: r.holdM / 1000,
      finalApproachMs: utc(r.finalApproach),
      contactMs: utc(r.contact),
      contactRateMs: r.contactRateMs,
    };
    const planProblems = proximityPlanProblems(proximity);
    if (planProblems.length > 0) throw new Error(`rendezvous: ${planProblems.join('; ')}`);
    rendezvous = {
      targetId: r.target,
      plan: proximity,
      interfaceDistanceKm,
      target: target.motion,
    };
  }

  const segmentStarts = [plan.ascent?.untilUtcMs ?? -Infinity, ...changes.map((c) => c.utcMs)];
  const segmentEnds = [...changes.map((c) => c.utcMs), rendezvous?.plan.handOverMs ?? Infinity];
  return {
    ...common,
    motion: flownMotion(plan, offsets, attitude, rendezvous),
    plan,
    elements,
    orbits: [satrec, ...changes.map((c) => c.satrec)].map((s, i) => ({
      fromMs: segmentStarts[i]!,
      untilMs: segmentEnds[i]!,
      satrec: s,
    })),
    burns: changes.map((c, i) => ({
      id: burnFiles[i]!.id,
      label: burnFiles[i]!.label,
      source: burnFiles[i]!.source,
      utcMs: c.utcMs,
      deltaVMs: c.deltaVMs,
      altitudeKm: c.altitudeKm,
    })),
    rendezvous: rendezvous
      ? {
          targetId: rendezvous.targetId,
          plan: rendezvous.plan,
          interfaceDistanceKm: rendezvous.interfaceDistanceKm,
        }
      : null,
  };
}

/** The target's mean motion (rad/s) from the element set it flies at `utcMs`. */
function meanMotionAt(target: CompiledBody, utcMs: number): number {
  const orbit =
    target.orbits.find((o) => utcMs >= o.fromMs && utcMs < o.untilMs) ?? target.orbits[0];
  if (!orbit) throw new Error(`rendezvous target "${target.id}" must fly an orbit of its own`);
  return orbit.satrec.no / 60;
}
