/**
 * The clip recorder behind a dynamic import: the encoder and mediabunny load only when someone
 * records, so they stay out of the first paint. Used by `window.urverseny` (and so the record
 * CLI) and by the player's Record button, for one player at a time.
 */
import type { ClipRequest } from '../core/record/clip-plan.ts';
import type { ClipRecorder } from '../core/record/clip-recorder.ts';
import type { PlayerRuntime } from '../player/player-runtime.ts';

const recorder = () => import('../modes/record/record-clip.ts');

/** Records clips of this player. */
export function clipRecorderFor(runtime: PlayerRuntime): ClipRecorder {
  return async (request, hooks) => (await recorder()).recordClip(runtime, request, hooks);
}

export async function frameHashes(
  runtime: PlayerRuntime,
  request: ClipRequest,
  indices: readonly number[],
): Promise<string[]> {
  return (await recorder()).frameHashes(runtime, request, indices);
}
