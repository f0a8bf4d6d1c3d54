/**
 * Reads a scene file: JSON syntax, then the schema, then the rules a schema cannot express
 * (times inside the scene and in order, references, verbatim quotes, where captions are cut,
 * reading speed). All problems are collected so a curator can fix a file in one pass. The notes
 * on the text (text-notes.ts) its captions quote join its "where the sources disagree".
 */
import { normalizeWhitespace } from '../captions/verbatim.ts';
import { createTimeline, playbackAt, type Timeline } from '../time/timeline.ts';
import { parseUtc } from '../time/utc.ts';
import { compileBodies } from './compile-bodies.ts';
import type { CompiledScene } from './compiled-scene.ts';
import type { ModelCatalog } from './model-catalog.ts';
import { SceneError, type SceneProblem } from './scene-error.ts';
import { checkSceneRules } from './scene-rules.ts';
import { compileSound } from './compile-sound.ts';
import { soundProblems, type SceneAudioFiles } from './sound-rules.ts';
import { sceneSchema, type SceneFile } from './schema.ts';
import { notesForQuotes, TEXT_NOTES, textNoteProblems, textNotesSchema } from './text-notes.ts';
import { problemsFromZod } from './zod-problems.ts';

/**
 * Parses and validates `text` (the content of `file`) against the models of `models`
 * (models/registry.ts); throws SceneError listing every problem. `textNotes` defaults to
 * scenes/text/notes.json. With `audio` (the files under scenes/audio and their lengths) a
 * narration naming a missing file, or longer than its caption, is a problem.
 */
export function loadScene(
  file: string,
  text: string,
  sourceText: string,
  models: ModelCatalog,
  textNotes: unknown = TEXT_NOTES,
  audio?: SceneAudioFiles,
): CompiledScene {
  return compileSceneFile(file, readSceneFile(file, text), sourceText, models, textNotes, audio);
}

/**
 * The cheap first half of loading: JSON syntax and the schema, enough to list the scene (title,
 * date, length) without flying its orbits. Throws SceneError.
 */
export function readSceneFile(file: string, text: string): SceneFile {
  const parsed = sceneSchema.safeParse(parseJson(file, text), { reportInput: true });
  if (!parsed.success) throw new SceneError(file, problemsFromZod(parsed.error.issues));
  return parsed.data;
}

/** The costly second half: the rules a schema cannot express, then the orbits and burns. */
export function compileSceneFile(
  file: string,
  scene: SceneFile,
  sourceText: string,
  models: ModelCatalog,
  textNotes: unknown = TEXT_NOTES,
  audio?: SceneAudioFiles,
): CompiledScene {
  const problems = [
    ...checkSceneRules(scene, sourceText, models),
    ...textNoteProblems(textNotes, sourceText),
    ...soundProblems(scene, audio),
  ];
  if (problems.length > 0) throw new SceneError(file, problems);
  const notes = notesForQuotes(
    textNotesSchema.parse(textNotes),
    scene.captions.map((c) => c.quote),
    sourceText,
  );
  return compile(file, scene, notes, models, problems);
}

/** The scene's timeline as the file gives it (times that do not parse become NaN; rules catch them). */
export function sceneTimeline(scene: SceneFile): Timeline {
  return createTimeline(
    utc(scene.time.start),
    scene.time.segments.map((s) => ({ playbackSec: s.playbackSec, untilUtcMs: utc(s.until) })),
  );
}

/** Where the picker's still and the kiosk's card are taken: the file's `still`, else the middle. */
export function stillSecOf(scene: SceneFile, timeline: Timeline): number {
  return scene.still ? playbackAt(timeline, utc(scene.still)) : timeline.durationSec / 2;
}

function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new SceneError(file, [{ path: '', message: `not valid JSON: ${reason}` }]);
  }
}

const utc = (text: string): number => parseUtc(text) ?? Number.NaN;

function compile(
  file: string,
  scene: SceneFile,
  notes: ReturnType<typeof notesForQuotes>,
  models: ModelCatalog,
  problems: SceneProblem[],
): CompiledScene {
  const timeline = sceneTimeline(scene);
  const bodies = compileBodies(scene.bodies, models, problems);
  if (problems.length > 0) throw new SceneError(file, problems);
  return {
    file,
    id: scene.id,
    title: scene.title,
    summary: scene.summary,
    date: scene.date,
    sources: {
      ...Object.fromEntries(notes.map((n) => [n.source, n.citation])),
      ...scene.sources,
    },
    notes: scene.notes ?? [],
    discrepancies: [
      ...(scene.discrepancies ?? []),
      ...notes.map((n) => ({ text: n.text, source: n.source })),
    ],
    stillSec: stillSecOf(scene, timeline),
    launchUtcMs: firstLaunch(scene),
    timeline,
    bodies,
    camera: scene.camera.map((key) => ({
      playbackSec: playbackAt(timeline, utc(key.utc)),
      target: key.target,
      distanceKm: key.distanceKm,
      azimuthDeg: key.azimuthDeg,
      elevationDeg: key.elevationDeg,
      fovDeg: key.fovDeg,
      ease: key.ease,
      craftScale: key.craftScale,
    })),
    captions: scene.captions.map((c) => ({
      fromMs: utc(c.from),
      untilMs: utc(c.until),
      fromSec: playbackAt(timeline, utc(c.from)),
      untilSec: playbackAt(timeline, utc(c.until)),
      hu: normalizeWhitespace(c.quote),
      en: normalizeWhitespace(c.en),
    })),
    events: [
      ...scene.events.map((e) => ({
        id: e.id,
        label: e.label,
        utcMs: utc(e.utc),
        source: e.source,
      })),
      // Burns are events too, at the time they were flown (the apsis nearest the documented one).
      ...bodies.flatMap((b) => b.burns),
    ]
      .map((e) => ({
        id: e.id,
        label: e.label,
        utcMs: e.utcMs,
        playbackSec: playbackAt(timeline, e.utcMs),
        source: e.source,
      }))
      .sort((a, b) => a.utcMs - b.utcMs),
    sound: compileSound(scene, timeline),
  };
}

/** The earliest ascent's start, else a "launch" event: mission elapsed time counts from it. */
function firstLaunch(scene: SceneFile): number | null {
  const launches = [
    ...scene.bodies.flatMap((b) =>
      b.trajectory.kind === 'sgp4-documented' && b.trajectory.ascent
        ? [utc(b.trajectory.ascent.from)]
        : [],
    ),
    ...scene.events.filter((e) => /(^|-)launch$/.test(e.id)).map((e) => utc(e.utc)),
  ];
  return launches.length > 0 ? Math.min(...launches) : null;
}
