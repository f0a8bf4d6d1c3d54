/**
 * Rules of a scene file beyond its shape: time order, references, quotes, where captions are cut
 * and reading speed.
 */
import { createTimeline } from '../time/timeline.ts';
import { formatUtcShort, parseUtc } from '../time/utc.ts';
import type { ModelCatalog } from './model-catalog.ts';
import type { SceneProblem } from './scene-error.ts';
import { checkCaptions } from './caption-rules.ts';
import { checkTrajectory } from './trajectory-rules.ts';
import type { SceneFile } from './schema.ts';

const utc = (text: string): number => parseUtc(text) ?? Number.NaN;

export function checkSceneRules(
  scene: SceneFile,
  sourceText: string,
  models: ModelCatalog,
): SceneProblem[] {
  const problems: SceneProblem[] = [];
  const add = (path: string, message: string): void => {
    problems.push({ path, message });
  };

  const start = utc(scene.time.start);
  if (Number.isNaN(start))
    add(
      'time.start',
      `expected a UTC time such as 1957-10-04T19:28:34Z, found "${scene.time.start}"`,
    );
  let previous = Number.isNaN(start) ? -Infinity : start;
  scene.time.segments.forEach((segment, i) => {
    const until = utc(segment.until);
    if (Number.isNaN(until))
      add(
        `time.segments[${i}].until`,
        `expected a UTC time such as 1957-10-04T19:28:34Z, found "${segment.until}"`,
      );
    else if (until < previous)
      add(
        `time.segments[${i}].until`,
        `expected a time at or after ${formatUtcShort(previous)}, found "${segment.until}"`,
      );
    previous = Math.max(previous, until);
  });
  if (problems.length > 0) return problems;
  const timeline = createTimeline(
    utc(scene.time.start),
    scene.time.segments.map((s) => ({ playbackSec: s.playbackSec, untilUtcMs: utc(s.until) })),
  );
  const inScene = (path: string, text: string): void => {
    const ms = utc(text);
    if (ms < timeline.startUtcMs || ms > timeline.endUtcMs) {
      add(
        path,
        `expected a time within the scene (${formatUtcShort(timeline.startUtcMs)} to ${formatUtcShort(timeline.endUtcMs)}), found "${text}"`,
      );
    }
  };
  const knownSource = (path: string, tag: string): void => {
    if (!(tag in scene.sources))
      add(path, `expected a source tag listed in "sources", found "${tag}"`);
  };

  const bodyIds = new Set<string>();
  scene.bodies.forEach((body, i) => {
    if (bodyIds.has(body.id))
      add(`bodies[${i}].id`, `expected a unique id, found "${body.id}" twice`);
    bodyIds.add(body.id);
    if (!models.has(body.model))
      add(
        `bodies[${i}].model`,
        `expected a model id (${[...models.keys()].join(', ')}), found "${body.model}"`,
      );
    knownSource(`bodies[${i}].trajectory.source`, body.trajectory.source);
    checkTrajectory(body.trajectory, `bodies[${i}].trajectory`, add, knownSource);
    let lastAttitude = -Infinity;
    (body.attitude ?? []).forEach((key, k) => {
      if (utc(key.from) < lastAttitude)
        add(`bodies[${i}].attitude[${k}].from`, `expected keys in time order, found "${key.from}"`);
      lastAttitude = utc(key.from);
    });
    if (body.visibleFrom && body.visibleUntil && utc(body.visibleUntil) <= utc(body.visibleFrom)) {
      add(
        `bodies[${i}].visibleUntil`,
        `expected a time after visibleFrom, found "${body.visibleUntil}"`,
      );
    }
  });

  const checkPort = (path: string, bodyId: string, name: string) => {
    const model = models.get(scene.bodies.find((b) => b.id === bodyId)?.model ?? '');
    if (model && !Object.hasOwn(model.ports, name))
      add(
        path,
        `expected a docking port of model "${model.id}" (${Object.keys(model.ports).join(', ') || 'it has none'}), found "${name}"`,
      );
  };
  scene.bodies.forEach((body, i) => {
    const t = body.trajectory;
    const refer = (path: string, id: string) => {
      if (id === body.id) add(path, `expected another body's id, found its own ("${id}")`);
      else if (!bodyIds.has(id))
        add(path, `expected a body id (${[...bodyIds].join(', ')}), found "${id}"`);
    };
    if (t.kind === 'attached')
      t.phases.forEach((p, k) => {
        const at = `bodies[${i}].trajectory.phases[${k}]`;
        refer(`${at}.to`, p.to);
        if ((p.offsetM === undefined) === (p.port === undefined && p.ownPort === undefined))
          add(at, 'expected either "offsetM" or "port" with "ownPort"');
        else if ((p.port === undefined) !== (p.ownPort === undefined))
          add(at, 'expected "port" and "ownPort" together');
        else if (p.port !== undefined && p.ownPort !== undefined) {
          checkPort(`${at}.port`, p.to, p.port);
          checkPort(`${at}.ownPort`, body.id, p.ownPort);
        }
      });
    else if (t.kind === 'parachute') refer(`bodies[${i}].trajectory.from`, t.from);
    else if (t.kind === 'sgp4-documented' && t.rendezvous) {
      const r = t.rendezvous;
      const at = `bodies[${i}].trajectory.rendezvous`;
      refer(`${at}.target`, r.target);
      if (r.chaserPortOn !== undefined) refer(`${at}.chaserPortOn`, r.chaserPortOn);
      checkPort(`${at}.port`, r.target, r.port);
      checkPort(`${at}.chaserPort`, r.chaserPortOn ?? body.id, r.chaserPort);
      const burnIds = (t.burns ?? []).map((b) => b.id);
      if (r.solve && r.solve.phasingBy !== 'lag' && !burnIds.includes(r.solve.phasingBy))
        add(
          `${at}.solve.phasingBy`,
          `expected "lag" or a burn id of this body (${burnIds.join(', ') || 'it has none'}), found "${r.solve.phasingBy}"`,
        );
    }
  });

  let lastCameraMs = -Infinity;
  scene.camera.forEach((key, i) => {
    inScene(`camera[${i}].utc`, key.utc);
    if (utc(key.utc) < lastCameraMs)
      add(
        `camera[${i}].utc`,
        `expected keyframes in time order, found "${key.utc}" after a later one`,
      );
    lastCameraMs = utc(key.utc);
    if (key.target !== 'earth' && !bodyIds.has(key.target)) {
      add(
        `camera[${i}].target`,
        `expected "earth" or a body id (${[...bodyIds].join(', ')}), found "${key.target}"`,
      );
    }
  });

  checkCaptions(scene, sourceText, timeline, add, inScene);

  const eventIds = new Set<string>();
  scene.events.forEach((event, i) => {
    if (eventIds.has(event.id))
      add(`events[${i}].id`, `expected a unique id, found "${event.id}" twice`);
    eventIds.add(event.id);
    inScene(`events[${i}].utc`, event.utc);
    knownSource(`events[${i}].source`, event.source);
  });
  scene.bodies.forEach((body, i) =>
    (body.facts ?? []).forEach((fact, k) =>
      knownSource(`bodies[${i}].facts[${k}].source`, fact.source),
    ),
  );
  (scene.discrepancies ?? []).forEach((d, i) =>
    knownSource(`discrepancies[${i}].source`, d.source),
  );
  if (scene.still) inScene('still', scene.still);
  return problems;
}
