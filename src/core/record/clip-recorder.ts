/** The contract between whoever asks for a clip (CLI, dialog) and the recorder that makes it. */
import type { ClipSubtitles } from './clip-files.ts';
import type { ClipPlan, ClipRequest } from './clip-plan.ts';

/** Receives the file's bytes; positions may go back (the MP4 header is patched at the end). */
export type WriteChunk = (data: Uint8Array, position: number) => void | Promise<void>;

/** Receives frame `index` of the clip as RGBA (straight alpha, top row first), for PNG/ProRes. */
export type WriteFrame = (rgba: Uint8Array, index: number) => void | Promise<void>;

export interface RecordHooks {
  /** The encoded file's bytes (MP4, WebM). */
  write: WriteChunk;
  /** Raw frames instead, for formats written outside the page (PNG, ProRes). */
  frame?: WriteFrame;
  progress?: (framesDone: number, frameCount: number) => void;
  signal?: AbortSignal;
}

export interface RecordedClip {
  readonly plan: ClipPlan;
  readonly subtitles: ClipSubtitles;
  /** The sound track's codec ("aac", "opus"), or null for a silent clip. */
  readonly audioCodec: string | null;
  /** WebGL's renderer string: which GPU, or software, drew the frames. */
  readonly renderer: string;
  /** SHA-256 (hex) of the first and last frame rendered, exactly as encoded. */
  readonly firstFrameSha256: string;
  readonly lastFrameSha256: string;
}

/** Records a clip in the page it runs in. */
export type ClipRecorder = (request: ClipRequest, hooks: RecordHooks) => Promise<RecordedClip>;
