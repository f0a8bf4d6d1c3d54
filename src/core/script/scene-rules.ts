/** Rules of a scene file beyond its shape: time order, references, quotes and reading speed. */
import { isVerbatimSpan, normalizeWhitespace } from '../captions/verbatim.ts';
import { readingProblems } from '../captions/reading-speed.ts';
import { createTimeline, playbackAt, type Timeline } from '../time/timeline.ts';
import { parseUtc } from '../time/utc.ts';
import type { SceneProblem } from './scene-error.ts';
import type { SceneFile } from './schema.ts';

const utc = (text: string): number => parseUtc(text) ?? Number.NaN;

export function checkSceneRules(scene: SceneFile, sourceText: string): SceneProblem[] {
  const problems: SceneProblem[] = [];
  const add = (path: string, message: string): void => {
    problems.push({ path, message });
  };

  let previous = utc(scene.time.start);
  scene.time.segments.forEach((segment, i) => {
    const until = utc(segment.until);
    if (until < previous)
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
    knownSource(`bodies[${i}].trajectory.source`, body.trajectory.source);
    const t = body.trajectory;
    if (t.apogeeKm < t.perigeeKm)
      add(
        `bodies[${i}].trajectory.apogeeKm`,
        `expected at least perigeeKm (${t.perigeeKm}), found ${t.apogeeKm}`,
      );
    if (Math.abs(t.passOver.latDeg) > Math.min(t.inclinationDeg, 180 - t.inclinationDeg)) {
      add(
        `bodies[${i}].trajectory.passOver.latDeg`,
        `expected a latitude the orbit reaches (|lat| ≤ ${t.inclinationDeg}°), found ${t.passOver.latDeg}`,
      );
    }
    for (const key of ['ascent', 'descent'] as const) {
      const leg = t[key];
      if (!leg) continue;
      knownSource(`bodies[${i}].trajectory.${key}.source`, leg.source);
      if (utc(leg.until) <= utc(leg.from))
        add(
          `bodies[${i}].trajectory.${key}.until`,
          `expected a time after "from" (${leg.from}), found "${leg.until}"`,
        );
    }
    if (t.ascent && t.descent && utc(t.descent.from) < utc(t.ascent.until)) {
      add(
        `bodies[${i}].trajectory.descent.from`,
        `expected a time after the ascent ends (${t.ascent.until}), found "${t.descent.from}"`,
      );
    }
    if (body.visibleFrom && body.visibleUntil && utc(body.visibleUntil) <= utc(body.visibleFrom)) {
      add(
        `bodies[${i}].visibleUntil`,
        `expected a time after visibleFrom, found "${body.visibleUntil}"`,
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
  return problems;
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
