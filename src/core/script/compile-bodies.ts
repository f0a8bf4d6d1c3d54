/**
 * Turns the bodies of a validated scene file into motions: fits each documented orbit, flies its
 * burns, sets up docking (compile-rendezvous.ts) and carrying. Bodies may refer to each other (a chaser to its target, a
 * module to its carrier) in any order; a cycle is an error.
 */
import type { AttitudeKey } from '../orbit/attitude.ts';
import { fitElementSet } from '../orbit/fit-element-set.ts';
import type { FlightPlan } from '../orbit/flight-path.ts';
import { flyBurns } from '../orbit/orbit-changes.ts';
import { readElementSet } from '../orbit/published-elements.ts';
import { besideTrack } from '../orbit/beside-track.ts';
import { parseUtc } from '../time/utc.ts';
import { carriedMotion, flownMotion, parachuteMotion } from './body-motion.ts';
import type { CompiledBody } from './compiled-scene.ts';
import {
  compileRendezvous,
  dockedPlacement,
  portOf,
  type BodyLookup,
} from './compile-rendezvous.ts';
import type { ModelCatalog, ModelInfo } from './model-catalog.ts';
import type { SceneProblem } from './scene-error.ts';
import type { BodyFile } from './schema.ts';

const utc = (text: string): number => parseUtc(text) ?? Number.NaN;

const UNKNOWN_MODEL = {
  lengthM: 10,
  boundsM: { min: [-5, -5, -5], max: [5, 5, 5] },
} as const satisfies Pick<ModelInfo, 'lengthM' | 'boundsM'>;

export function compileBodies(
  bodies: readonly BodyFile[],
  models: ModelCatalog,
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
      const body = compileBody(bodies[index]!, build, {
        models,
        file: (other) => bodies.find((b) => b.id === other),
      });
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
        message: curatorMessage(
          failed.get(body.id) ?? (error instanceof Error ? error.message : String(error)),
        ),
      });
    }
  });
  return result;
}

/**
 * The orbit maths speaks of burns and solvers; the curator also needs to hear what the file
 * should give, so a message that does not already say so is framed as expected/found.
 */
function curatorMessage(message: string): string {
  if (/expected|needs "|depends on itself/i.test(message)) return message;
  return `expected a trajectory that can be flown as written, found: ${message}`;
}

function compileBody(
  body: BodyFile,
  build: (id: string) => CompiledBody,
  lookup: BodyLookup,
): CompiledBody {
  const attitude: AttitudeKey[] = (body.attitude ?? []).map((k) => ({
    fromMs: utc(k.from),
    facing: k.facing,
    turnSec: k.turnSec,
  }));
  // An unknown model is reported by the scene's rules; the body still compiles, as a 10 m box.
  const model = lookup.models.get(body.model);
  const common = {
    id: body.id,
    name: body.name,
    model: body.model,
    lengthM: model?.lengthM ?? UNKNOWN_MODEL.lengthM,
    boundsM: model?.boundsM ?? UNKNOWN_MODEL.boundsM,
    showPath: body.showPath,
    facts: body.facts ?? [],
    crew: body.crew ?? [],
    visibleFromMs: body.visibleFrom ? utc(body.visibleFrom) : -Infinity,
    visibleUntilMs: body.visibleUntil ? utc(body.visibleUntil) : Infinity,
    parts: (body.parts ?? []).map((p) => ({
      name: p.name,
      fromMs: p.visibleFrom ? utc(p.visibleFrom) : -Infinity,
      untilMs: p.visibleUntil ? utc(p.visibleUntil) : Infinity,
    })),
  };
  const t = body.trajectory;
  if (t.kind === 'attached') {
    const phases = t.phases.map((p) => ({
      fromMs: utc(p.from),
      to: p.to,
      ...(p.port !== undefined && p.ownPort !== undefined
        ? dockedPlacement(portOf(lookup, p.to, p.port), portOf(lookup, body.id, p.ownPort))
        : { offsetM: p.offsetM ?? [0, 0, 0], reversed: p.reversed }),
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

  if (t.kind === 'element-set') {
    const read = readElementSet(t.tle ? { tle: t.tle } : { omm: t.omm });
    if (!read.satrec) throw new Error(read.problems.map((p) => p.message).join('; '));
    const plan: FlightPlan = { satrec: read.satrec, changes: [] };
    return {
      ...common,
      motion: flownMotion(plan, [], attitude, null),
      plan,
      orbits: [{ fromMs: -Infinity, untilMs: Infinity, satrec: read.satrec }],
      burns: [],
      rendezvous: null,
    };
  }

  const site = t.passOver.crossTrackKm
    ? besideTrack(t.passOver, t.passOver.crossTrackKm, t.inclinationDeg, t.passOver.direction)
    : t.passOver;
  const { satrec, elements } = fitElementSet({
    name: body.id,
    catalogNumber: t.catalogNumber,
    perigeeKm: t.perigeeKm,
    apogeeKm: t.apogeeKm,
    inclinationDeg: t.inclinationDeg,
    argPerigeeDeg: t.argPerigeeDeg,
    passOver: {
      ...t.passOver,
      latDeg: site.latDeg,
      lonDeg: site.lonDeg,
      utcMs: utc(t.passOver.utc),
    },
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

  const rendezvous = t.rendezvous
    ? compileRendezvous(
        body.id,
        t.rendezvous,
        build,
        lookup,
        flownMotion(plan, offsets, attitude, null),
      )
    : null;

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
          geometry: rendezvous.geometry,
          chaserAxisInModel: rendezvous.chaserAxisInModel,
        }
      : null,
  };
}
