/**
 * Rules of a scene file beyond its shape: time order, references, quotes, where captions are cut
 * and reading speed.
 */
import { cutProblems } from '../captions/caption-cuts.ts';
import { isVerbatimSpan, normalizeWhitespace } from '../captions/verbatim.ts';
import { readingProblems } from '../captions/reading-speed.ts';
import { createTimeline, playbackAt, type Timeline } from '../time/timeline.ts';
import { parseUtc } from '../time/utc.ts';
import type { ModelCatalog } from './model-catalog.ts';
import type { SceneProblem } from './scene-error.ts';
import { elementSetProblems } from './element-set-rules.ts';
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
        `expected a time at or after ${iso(previous)}, found "${segment.until}"`,
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
        `expected a time within the scene (${iso(timeline.startUtcMs)} to ${iso(timeline.endUtcMs)}), found "${text}"`,
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

type Trajectory = SceneFile['bodies'][number]['trajectory'];

function checkTrajectory(
  t: Trajectory,
  at: string,
  add: (path: string, message: string) => void,
  knownSource: (path: string, tag: string) => void,
): void {
  if (t.kind === 'parachute') {
    if (utc(t.landing.utc) <= utc(t.leave))
      add(
        `${at}.landing.utc`,
        `expected a time after "leave" (${t.leave}), found "${t.landing.utc}"`,
      );
    return;
  }
  if (t.kind === 'element-set') {
    for (const problem of elementSetProblems(t))
      add(problem.path ? `${at}.${problem.path}` : at, problem.message);
    return;
  }
  if (t.kind === 'attached') {
    let last = -Infinity;
    t.phases.forEach((p, k) => {
      if (utc(p.from) < last)
        add(`${at}.phases[${k}].from`, `expected phases in time order, found "${p.from}"`);
      last = utc(p.from);
    });
    return;
  }
  if (t.apogeeKm < t.perigeeKm)
    add(`${at}.apogeeKm`, `expected at least perigeeKm (${t.perigeeKm}), found ${t.apogeeKm}`);
  if (Math.abs(t.passOver.latDeg) > Math.min(t.inclinationDeg, 180 - t.inclinationDeg)) {
    add(
      `${at}.passOver.latDeg`,
      `expected a latitude the orbit reaches (|lat| ≤ ${t.inclinationDeg}°), found ${t.passOver.latDeg}`,
    );
  }
  for (const key of ['ascent', 'descent'] as const) {
    const leg = t[key];
    if (!leg) continue;
    knownSource(`${at}.${key}.source`, leg.source);
    if (utc(leg.until) <= utc(leg.from))
      add(`${at}.${key}.until`, `expected a time after "from" (${leg.from}), found "${leg.until}"`);
    if (leg.chute && key === 'ascent')
      add(`${at}.ascent.chute`, 'expected a chute on a descent only');
    else if (
      leg.chute &&
      (utc(leg.chute.utc) <= utc(leg.from) || utc(leg.chute.utc) >= utc(leg.until))
    )
      add(
        `${at}.${key}.chute.utc`,
        `expected a time between "from" (${leg.from}) and "until" (${leg.until}), found "${leg.chute.utc}"`,
      );
  }
  if (t.ascent && t.descent && utc(t.descent.from) < utc(t.ascent.until)) {
    add(
      `${at}.descent.from`,
      `expected a time after the ascent ends (${t.ascent.until}), found "${t.descent.from}"`,
    );
  }
  let lastBurn = t.ascent ? utc(t.ascent.until) : -Infinity;
  (t.burns ?? []).forEach((burn, k) => {
    const path = `${at}.burns[${k}]`;
    knownSource(`${path}.source`, burn.source);
    if ((burn.apogeeKm === undefined) === (burn.perigeeKm === undefined))
      add(path, 'expected exactly one of "apogeeKm" or "perigeeKm"');
    if (utc(burn.utc) <= lastBurn)
      add(
        `${path}.utc`,
        `expected a time after the previous burn or the ascent, found "${burn.utc}"`,
      );
    lastBurn = utc(burn.utc);
  });
  const documented = (t.burns ?? []).filter((b) => b.apsis === 'documented');
  if (documented.length > 1)
    add(
      `${at}.burns`,
      `expected at most one burn with apsis "documented" (one argument of perigee to solve), found ${documented.length}`,
    );
  if (t.laterPass) knownSource(`${at}.laterPass.source`, t.laterPass.source);
  let lastOffset = -Infinity;
  (t.offsets ?? []).forEach((key, k) => {
    if (utc(key.utc) <= lastOffset)
      add(`${at}.offsets[${k}].utc`, `expected keys in time order, found "${key.utc}"`);
    lastOffset = utc(key.utc);
  });
  const r = t.rendezvous;
  if (r) {
    knownSource(`${at}.rendezvous.source`, r.source);
    const steps = ['terminalPhase', 'braking', 'finalApproach', 'contact'] as const;
    steps.forEach((step, k) => {
      const previous = steps[k - 1];
      if (previous && utc(r[step]) <= utc(r[previous]))
        add(
          `${at}.rendezvous.${step}`,
          `expected a time after ${previous} (${r[previous]}), found "${r[step]}"`,
        );
    });
    if (utc(r.terminalPhase) <= lastBurn)
      add(
        `${at}.rendezvous.terminalPhase`,
        `expected a time after the last burn, found "${r.terminalPhase}"`,
      );
  }
}

function checkCaptions(
  scene: SceneFile,
  sourceText: string,
  timeline: Timeline,
  add: (path: string, message: string) => void,
  inScene: (path: string, text: string) => void,
): void {
  let previousUntil = -Infinity;
  scene.captions.forEach((caption, i) => {
    const from = utc(caption.from);
    const until = utc(caption.until);
    inScene(`captions[${i}].from`, caption.from);
    inScene(`captions[${i}].until`, caption.until);
    if (until <= from)
      add(
        `captions[${i}].until`,
        `expected a time after "from" (${caption.from}), found "${caption.until}"`,
      );
    if (from < previousUntil)
      add(
        `captions[${i}].from`,
        `expected captions in order without overlap (the previous one ends at ${iso(previousUntil)}), found "${caption.from}"`,
      );
    previousUntil = Math.max(previousUntil, until);
    if (!isVerbatimSpan(caption.quote, sourceText)) {
      add(
        `captions[${i}].quote`,
        'not found in the source text (scenes/text/hu.txt): quote it word for word, cutting only between words',
      );
    }
    const previous = scene.captions[i - 1]?.quote ?? null;
    for (const problem of cutProblems(caption.quote, caption.en, previous, sourceText))
      add(`captions[${i}].${problem.key}`, `cut where the meaning changes: ${problem.message}`);
    const playbackSec = playbackAt(timeline, until) - playbackAt(timeline, from);
    for (const [key, text] of [
      ['quote', caption.quote],
      ['en', caption.en],
    ] as const) {
      for (const problem of readingProblems(normalizeWhitespace(text), playbackSec))
        add(`captions[${i}].${key}`, `too hard to read: ${problem}`);
    }
  });
}

function iso(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}
