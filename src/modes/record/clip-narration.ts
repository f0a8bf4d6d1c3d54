/**
 * The narration a clip carries: the scene's recordings in the clip's caption language, fetched
 * through the player's sound platform and read as PCM, placed on their captions' slots.
 */
import { decodeWav, type Pcm } from '../../core/audio/wav.ts';
import type { CompiledScene } from '../../core/script/compiled-scene.ts';
import { placeNarration, type PlacedNarration } from '../../core/soundtrack/narration-mix.ts';

/** The bytes of a narration file (relative to scenes/), or null if it is not there. */
export type FetchRecording = (file: string) => Promise<ArrayBuffer | null>;

/** Throws an Error naming the file when a recording is missing or not a 16-bit PCM WAV. */
export async function loadClipNarration(
  scene: CompiledScene,
  lang: 'hu' | 'en',
  fetchRecording: FetchRecording,
): Promise<PlacedNarration[]> {
  const files = [
    ...new Set(scene.sound.narration.filter((n) => n.lang === lang).map((n) => n.file)),
  ];
  const recordings = new Map<string, Pcm>();
  for (const file of files) {
    const bytes = await fetchRecording(file);
    if (!bytes) throw new Error(`the recording scenes/${file} is not in this build`);
    const pcm = decodeWav(new Uint8Array(bytes));
    if (typeof pcm === 'string')
      throw new Error(`the recording scenes/${file} cannot be read: ${pcm}`);
    recordings.set(file, pcm);
  }
  return placeNarration(scene, lang, recordings);
}
