/** The contract between whoever asks for a clip (CLI, dialog) and the recorder that makes it. */
import type { ClipSubtitles } from './clip-files.ts';
import type { ClipPlan, ClipRequest } from './clip-plan.ts';

/** Receives the file's bytes; positions may go back (the MP4 header is patched at the end). */
export type WriteChunk = (data: Uint8Array, position: number) => void | Promise<void>;

export interface RecordHooks {
  write: WriteChunk;
  progress?: (framesDone: number, frameCount: number) => void;
  signal?: AbortSignal;
}

export interface RecordedClip {
  readonly plan: ClipPlan;
  readonly subtitles: ClipSubtitles;
  /** The sound track's codec ("aac", "opus"), or null for a silent clip. */
  readonly audioCodec: string | null;
}

/** Records a clip in the page it runs in. */
export type ClipRecorder = (request: ClipRequest, hooks: RecordHooks) => Promise<RecordedClip>;
