/**
 * All scene files at once: each either loads, or is listed as unavailable with the reason.
 * A broken file never takes the others (or the app) down.
 *
 * Listing is cheap (JSON and the schema); compiling flies every orbit and burn and costs a
 * few hundred milliseconds per docking scene, so the player compiles a scene only when it is
 * shown (`compileEntry`), while the tools compile everything up front (`buildCatalog`).
 */
import type { Timeline } from '../time/timeline.ts';
import type { CompiledScene, Localized } from './compiled-scene.ts';
import { compileSound, hasSound } from './compile-sound.ts';
import { compileSceneFile, readSceneFile, sceneTimeline, stillSecOf } from './load-scene.ts';
import type { ModelCatalog } from './model-catalog.ts';
import type { SceneAudioFiles } from './sound-rules.ts';

export interface CatalogEntry {
  readonly id: string;
  readonly file: string;
  readonly title: Localized;
  readonly summary: Localized;
  readonly date: string;
  readonly durationSec: number;
  /** Where the scene's still is taken (playback seconds). */
  readonly stillSec: number;
  readonly available: boolean;
  readonly error?: string;
  /** Whether the scene makes any sound (a clip records audio by default then). */
  readonly hasSound: boolean;
  /** The file's timeline, for planning a clip without compiling (available entries). */
  readonly timeline?: Timeline;
  /** The compiled scene, once compiled. */
  readonly scene?: CompiledScene;
  /** Compiles the file: its rules, orbits and burns. Throws SceneError. */
  readonly compile?: () => CompiledScene;
}

/**
 * `files` maps a path like `scenes/<id>.json` to its text; `models` are the models scenes may
 * use (models/index.ts); `audio` lists the narration files that exist. Sorted by date, then id.
 * Entries are read, not compiled: see `compileEntry`.
 */
export function readCatalog(
  files: Readonly<Record<string, string>>,
  sourceText: string,
  models: ModelCatalog,
  audio?: SceneAudioFiles,
): CatalogEntry[] {
  const entries = Object.entries(files).map(([file, text]): CatalogEntry => {
    const fallbackId = file.replace(/^.*\//, '').replace(/\.json$/, '');
    try {
      const data = readSceneFile(file, text);
      const timeline = sceneTimeline(data);
      return {
        id: data.id,
        file,
        title: data.title,
        summary: data.summary,
        date: data.date,
        durationSec: timeline.durationSec,
        stillSec: stillSecOf(data, timeline),
        available: true,
        hasSound: hasSound(compileSound(data, timeline)),
        timeline,
        compile: () => compileSceneFile(file, data, sourceText, models, undefined, audio),
      };
    } catch (error) {
      const partial = peek(text);
      return {
        id: typeof partial.id === 'string' ? partial.id : fallbackId,
        file,
        title: isLocalized(partial.title) ? partial.title : { hu: fallbackId, en: fallbackId },
        summary: isLocalized(partial.summary) ? partial.summary : { hu: '', en: '' },
        date: typeof partial.date === 'string' ? partial.date : '',
        durationSec: 0,
        stillSec: 0,
        available: false,
        hasSound: false,
        error: messageOf(error),
      };
    }
  });
  return entries.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/** The entry compiled: with its scene, or unavailable with the reason. Compiles at most once. */
export function compileEntry(entry: CatalogEntry): CatalogEntry {
  if (entry.scene || !entry.available || !entry.compile) return entry;
  try {
    return { ...entry, scene: entry.compile() };
  } catch (error) {
    const { compile: _compile, timeline: _timeline, ...rest } = entry;
    return { ...rest, available: false, error: messageOf(error) };
  }
}

/** Every file read and compiled: what the command-line tools and the kiosk work from. */
export function buildCatalog(
  files: Readonly<Record<string, string>>,
  sourceText: string,
  models: ModelCatalog,
  audio?: SceneAudioFiles,
): CatalogEntry[] {
  return readCatalog(files, sourceText, models, audio).map(compileEntry);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function peek(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function isLocalized(value: unknown): value is Localized {
  const v = value as Localized | undefined;
  return typeof v?.hu === 'string' && typeof v.en === 'string';
}
