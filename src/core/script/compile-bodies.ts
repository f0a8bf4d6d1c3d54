/**
 * Turns the bodies of a validated scene file into motions: fits each documented orbit, flies its
 * burns, sets up docking and carrying. Bodies may refer to each other (a chaser to its target, a
 * module to its carrier) in any order; a cycle is an error.
 */
import type { AttitudeKey } from '../orbit/attitude.ts';
import { toRelative } from '../orbit/clohessy-wiltshire.ts';
import { dockingGeometry, toLvlh, type PortInModel } from '../orbit/docking-geometry.ts';
import { fitElementSet } from '../orbit/fit-element-set.ts';
import type { FlightPlan } from '../orbit/flight-path.ts';
import { flyBurns } from '../orbit/orbit-changes.ts';
import { proximityPlanProblems, type ProximityPlan } from '../orbit/proximity-operations.ts';
import { readElementSet } from '../orbit/published-elements.ts';
import { besideTrack } from '../orbit/beside-track.ts';
import { parseUtc } from '../time/utc.ts';
import {
  carriedMotion,
  flownMotion,
  parachuteMotion,
  type BodyMotion,
  type Rendezvous,
} from './body-motion.ts';
import type { CompiledBody } from './compiled-scene.ts';
import type { ModelCatalog } from './model-catalog.ts';
import type { SceneProblem } from './scene-error.ts';
import type { BodyFile } from './schema.ts';
import { add, sub } from '../vec3.ts';

const utc = (text: string): number => parseUtc(text) ?? Number.NaN;

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

interface Lookup {
  readonly models: ModelCatalog;
  readonly file: (id: string) => BodyFile | undefined;
}

function compileBody(
  body: BodyFile,
  build: (id: string) => CompiledBody,
  lookup: Lookup,
): CompiledBody {
  const attitude: AttitudeKey[] = (body.attitude ?? []).map((k) => ({
    fromMs: utc(k.from),
    facing: k.facing,
    turnSec: k.turnSec,
  }));
  const common = {
    id: body.id,
    name: body.name,
    model: body.model,
    lengthM: lookup.models.get(body.model)?.lengthM ?? 10,
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

  let rendezvous: (Rendezvous & { target: BodyMotion }) | null = null;
  if (t.rendezvous) {
    const r = t.rendezvous;
    const target = build(r.target);
    const contactMs = utc(r.contact);
    const targetState = target.motion(contactMs);
    const targetAttitude = {
      forward: toLvlh(targetState, targetState.forward),
      up: toLvlh(targetState, targetState.up),
    };
    const targetPort = portOf(lookup, r.target, r.port);
    const chaserPort = r.chaserPortOn
      ? carriedPort(lookup, body.id, r.chaserPortOn, r.chaserPort, contactMs)
      : portOf(lookup, body.id, r.chaserPort);
    const geometry = dockingGeometry(targetAttitude, targetPort, chaserPort);
    const handOverMs = utc(r.terminalPhase);
    const own = flownMotion(plan, offsets, attitude, null)(handOverMs);
    const origins = toRelative(target.motion(handOverMs), own);
    const proximity: ProximityPlan = {
      handOverMs,
      start: {
        posKm: add(sub(origins.posKm, geometry.targetPortKm), geometry.chaserPortKm),
        velKms: origins.velKms,
      },
      meanMotionRadS: meanMotionAt(target, handOverMs),
      brakingMs: utc(r.braking),
      holdKm: r.holdM / 1000,
      axis: geometry.axis,
      finalApproachMs: utc(r.finalApproach),
      contactMs,
      contactRateMs: r.contactRateMs,
    };
    const planProblems = proximityPlanProblems(proximity);
    if (planProblems.length > 0) throw new Error(`rendezvous: ${planProblems.join('; ')}`);
    rendezvous = {
      targetId: r.target,
      plan: proximity,
      geometry,
      chaserAxisInModel: [...chaserPort.axis],
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
          geometry: rendezvous.geometry,
          chaserAxisInModel: rendezvous.chaserAxisInModel,
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

/** A docking port of a body's model (the rules have checked that it exists). */
function portOf(lookup: Lookup, bodyId: string, port: string): PortInModel {
  const model = lookup.models.get(lookup.file(bodyId)?.model ?? '');
  const found = model?.ports[port];
  if (!found) throw new Error(`expected docking port "${port}" on body "${bodyId}"`);
  return found;
}

/**
 * A port of a module the chaser carries at contact, in the chaser's axes: the module's place in
 * the chaser's frame plus its port (turned round when the module rides reversed).
 */
function carriedPort(
  lookup: Lookup,
  chaserId: string,
  moduleId: string,
  port: string,
  contactMs: number,
): PortInModel {
  const file = lookup.file(moduleId);
  const t = file?.trajectory;
  const phase =
    t?.kind === 'attached' ? [...t.phases].reverse().find((p) => utc(p.from) <= contactMs) : null;
  if (!phase || phase.to !== chaserId)
    throw new Error(`expected "${moduleId}" to be attached to "${chaserId}" at contact`);
  const own = portOf(lookup, moduleId, port);
  const placed =
    phase.port !== undefined && phase.ownPort !== undefined
      ? dockedPlacement(
          portOf(lookup, chaserId, phase.port),
          portOf(lookup, moduleId, phase.ownPort),
        )
      : { offsetM: phase.offsetM ?? [0, 0, 0], reversed: phase.reversed };
  const s = placed.reversed ? -1 : 1;
  const [f, u, z] = placed.offsetM;
  return {
    positionM: [f + s * own.positionM[0], u + own.positionM[1], z + s * own.positionM[2]],
    axis: [s * own.axis[0], own.axis[1], s * own.axis[2]],
  };
}

/**
 * Where a body docked at a carrier's port sits in the carrier's frame: turned round if its port
 * would otherwise face the same way as the carrier's, its port on the carrier's.
 */
function dockedPlacement(
  carrier: PortInModel,
  own: PortInModel,
): { offsetM: [number, number, number]; reversed: boolean } {
  const facing = carrier.axis[0] * own.axis[0] + carrier.axis[2] * own.axis[2];
  const s = facing > 0 ? -1 : 1;
  return {
    offsetM: [
      carrier.positionM[0] - s * own.positionM[0],
      carrier.positionM[1] - own.positionM[1],
      carrier.positionM[2] - s * own.positionM[2],
    ],
    reversed: s < 0,
  };
}
