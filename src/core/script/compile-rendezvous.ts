/**
 * A chaser's rendezvous with its target, from the scene file's times and ports: where the two
 * ports sit (the models' declarations), the chaser's state in the target's frame at the
 * terminal phase, and the proximity-operations plan from there to contact. Also the port
 * arithmetic that docking and carrying share.
 */
import { toRelative } from '../orbit/clohessy-wiltshire.ts';
import { dockingGeometry, toLvlh, type PortInModel } from '../orbit/docking-geometry.ts';
import { proximityPlanProblems, type ProximityPlan } from '../orbit/proximity-operations.ts';
import { parseUtc } from '../time/utc.ts';
import { add, sub } from '../vec3.ts';
import type { BodyMotion, Rendezvous } from './body-motion.ts';
import type { CompiledBody } from './compiled-scene.ts';
import type { ModelCatalog } from './model-catalog.ts';
import type { BodyFile } from './schema.ts';

const utc = (text: string): number => parseUtc(text) ?? Number.NaN;

/** What compilation knows of the scene: the models and each body's file. */
export interface BodyLookup {
  readonly models: ModelCatalog;
  readonly file: (id: string) => BodyFile | undefined;
}

type RendezvousFile = NonNullable<
  Extract<BodyFile['trajectory'], { kind: 'sgp4-documented' }>['rendezvous']
>;

/**
 * The rendezvous of `chaserId` as its file gives it; `ownFlight` is the chaser's own flight
 * (its orbit and burns, without the rendezvous), `build` compiles the target on demand.
 */
export function compileRendezvous(
  chaserId: string,
  r: RendezvousFile,
  build: (id: string) => CompiledBody,
  lookup: BodyLookup,
  ownFlight: BodyMotion,
): Rendezvous & { target: BodyMotion } {
  const target = build(r.target);
  const contactMs = utc(r.contact);
  const targetState = target.motion(contactMs);
  const targetAttitude = {
    forward: toLvlh(targetState, targetState.forward),
    up: toLvlh(targetState, targetState.up),
  };
  const targetPort = portOf(lookup, r.target, r.port);
  const chaserPort = r.chaserPortOn
    ? carriedPort(lookup, chaserId, r.chaserPortOn, r.chaserPort, contactMs)
    : portOf(lookup, chaserId, r.chaserPort);
  const geometry = dockingGeometry(targetAttitude, targetPort, chaserPort);
  const handOverMs = utc(r.terminalPhase);
  const own = ownFlight(handOverMs);
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
  return {
    targetId: r.target,
    plan: proximity,
    geometry,
    chaserAxisInModel: [...chaserPort.axis],
    target: target.motion,
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
export function portOf(lookup: BodyLookup, bodyId: string, port: string): PortInModel {
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
  lookup: BodyLookup,
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
export function dockedPlacement(
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
