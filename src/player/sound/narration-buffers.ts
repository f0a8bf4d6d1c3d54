/**
 * Recorded narration, fetched and decoded once per file. A file that is missing, cannot be decoded
 * or is longer than its caption is reported once to the visitor and to status(), then skipped.
 */
import type { CompiledNarration, CompiledScene } from '../../core/script/compiled-scene.ts';
import type { AppStore } from '../store.ts';
import type { AudioBufferLike, AudioContextLike, SoundPlatform } from './audio-output.ts';

export interface NarrationBuffers {
  /** The decoded recording, or null while it loads or when it failed. */
  get(
    entry: CompiledNarration,
    scene: CompiledScene,
    context: AudioContextLike,
  ): AudioBufferLike | null;
  problems(): string[];
}

export function createNarrationBuffers(
  store: AppStore,
  platform: SoundPlatform | null,
): NarrationBuffers {
  const buffers = new Map<string, AudioBufferLike | 'loading' | 'failed'>();
  const problems: string[] = [];
  return {
    get(entry, scene, context) {
      const known = buffers.get(entry.file);
      if (known && typeof known !== 'string') return known;
      if (known) return null;
      buffers.set(entry.file, 'loading');
      const fail = (why: string) => {
        buffers.set(entry.file, 'failed');
        problems.push(`${scene.file}: scenes/${entry.file}: ${why}`);
        store.notify({
          hu: `A(z) scenes/${entry.file} hangfelvétel nem játszható le: ${why}`,
          en: `The recording scenes/${entry.file} cannot be played: ${why}`,
        });
      };
      void (async () => {
        const bytes = await platform?.fetchAudio(entry.file);
        if (!bytes) return fail('file not found');
        const decoded = await context.decodeAudioData(bytes);
        const slot = entry.untilSec - entry.fromSec;
        if (decoded.duration > slot + 1e-3)
          return fail(
            `${decoded.duration.toFixed(2)} s is longer than its caption's ${slot.toFixed(2)} s`,
          );
        buffers.set(entry.file, decoded);
      })().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
      return null;
    },
    problems: () => [...problems],
  };
}
