/**
 * The clip recorder behind a dynamic import: the encoder and mediabunny load only when someone
 * records, so they stay out of the first paint. Used by `window.urverseny` (and so the record
 * CLI) and by the player's Record button.
 */
import type { ClipRequest } from '../core/record/clip-plan.ts';
import type { RecordedClip, RecordHooks } from '../modes/record/record-clip.ts';
import type { AppStore } from './store.ts';

export type { RecordedClip, RecordHooks };

const recorder = () => import('../modes/record/record-clip.ts');

export async function recordClip(
  store: AppStore,
  request: ClipRequest,
  hooks: RecordHooks,
): Promise<RecordedClip> {
  return (await recorder()).recordClip(store, request, hooks);
}

export async function frameHashes(
  store: AppStore,
  request: ClipRequest,
  indices: readonly number[],
): Promise<string[]> {
  return (await recorder()).frameHashes(store, request, indices);
}

/** A file assembled in memory from positioned writes (MP4 patches its header at the end). */
export function createMemoryFile() {
  const chunks: { data: Uint8Array; position: number }[] = [];
  return {
    write(data: Uint8Array, position: number): void {
      chunks.push({ data: data.slice(), position });
    },
    toBlob(type: string): Blob {
      const size = chunks.reduce((end, c) => Math.max(end, c.position + c.data.length), 0);
      const bytes = new Uint8Array(size);
      for (const chunk of chunks) bytes.set(chunk.data, chunk.position);
      return new Blob([bytes], { type });
    },
  };
}
