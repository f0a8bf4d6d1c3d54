/**
 * The scene files and the source text, bundled as text so a broken file is reported, not fatal;
 * the narration recordings under scenes/audio, bundled as files the player fetches when needed.
 * The texts are data, fetched beside the code at start rather than inside it: the page's first
 * script stays small however many scenes the museum adds.
 */
import { MODEL_INFO } from '../../models/index.ts';
import { readCatalog, type CatalogEntry } from '../core/script/scene-catalog.ts';

const rawFiles = import.meta.glob(['../../scenes/*.json', '!../../scenes/schema.json'], {
  query: '?raw',
  import: 'default',
}) as Record<string, () => Promise<string>>;

const audioFiles = import.meta.glob('../../scenes/audio/**/*.wav', {
  query: '?url',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/** Narration file (relative to scenes/, as a scene names it) → its address in the build. */
export function sceneAudioUrls(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(audioFiles).map(([path, url]) => [path.replace(/^(\.\.\/)+scenes\//, ''), url]),
  );
}

export async function loadCatalog(): Promise<CatalogEntry[]> {
  const [texts, sourceText] = await Promise.all([
    Promise.all(
      Object.entries(rawFiles).map(
        async ([path, load]) => [path.replace(/^(\.\.\/)+/, ''), await load()] as const,
      ),
    ),
    import('../../scenes/text/hu.txt?raw').then((module) => module.default),
  ]);
  const files = Object.fromEntries(texts);
  // The files are known to exist; their lengths only once decoded (the player checks them then).
  const audio = new Map(Object.keys(sceneAudioUrls()).map((file) => [file, null]));
  // Read, not compiled: each scene flies its orbits when first shown (the store compiles it).
  return readCatalog(files, sourceText, MODEL_INFO, audio);
}
