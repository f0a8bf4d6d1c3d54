/**
 * All scene files at once: each either loads, or is listed as unavailable with the reason.
 * A broken file never takes the others (or the app) down.
 */
import type { CompiledScene, Localized } from './compiled-scene.ts';
import { loadScene } from './load-scene.ts';
import type { ModelCatalog } from './model-catalog.ts';
import type { SceneAudioFiles } from './sound-rules.ts';

export interface CatalogEntry {
  readonly id: string;
  readonly file: string;
  readonly title: Localized;
  readonly summary: Localized;
  readonly date: string;
  readonly durationSec: number;
  readonly available: boolean;
  readonly error?: string;
  readonly scene?: CompiledScene;
}

/**
 * `files` maps a path like `scenes/<id>.json` to its text; `models` are the models scenes may
 * use (models/index.ts); `audio` lists the narration files that exist. Sorted by date, then id.
 */
export function buildCatalog(
  files: Readonly<Record<string, string>>,
  sourceText: string,
  models: ModelCatalog,
  audio?: SceneAudioFiles,
): CatalogEntry[] {
  const entries = Object.entries(files).map(([file, text]): CatalogEntry => {
    const fallbackId = file.replace(/^.*\//, '').replace(/\.json$/, '');
    try {
      const scene = loadScene(file, text, sourceText, models, undefined, audio);
      return {
        id: scene.id,
        file,
        title: scene.title,
        summary: scene.summary,
        date: scene.date,
        durationSec: scene.timeline.durationSec,
        available: true,
        scene,
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
        available: false,
        error: error instanceof Error ? error.message : String(error),
      };
    }
  });
  return entries.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
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
