/**
 * Sidecar subtitles for a clip: the scene's captions between two playback times, re-timed to the
 * clip's own zero, as WebVTT or SubRip. Captions cut by the clip's edges are clipped, not dropped.
 */
import type { CompiledCaption } from '../script/compiled-scene.ts';

export interface Cue {
  readonly startSec: number;
  readonly endSec: number;
  readonly text: string;
}

export function clipCues(
  captions: readonly CompiledCaption[],
  fromSec: number,
  toSec: number,
  lang: 'hu' | 'en',
): Cue[] {
  return captions
    .filter((c) => c.untilSec > fromSec && c.fromSec < toSec)
    .map((c) => ({
      startSec: Math.max(c.fromSec, fromSec) - fromSec,
      endSec: Math.min(c.untilSec, toSec) - fromSec,
      text: c[lang],
    }));
}

export function toWebVtt(cues: readonly Cue[]): string {
  const body = cues.map(
    (cue) => `${timestamp(cue.startSec, '.')} --> ${timestamp(cue.endSec, '.')}\n${cue.text}\n`,
  );
  return ['WEBVTT', '', ...body].join('\n');
}

export function toSrt(cues: readonly Cue[]): string {
  return cues
    .map(
      (cue, i) =>
        `${i + 1}\n${timestamp(cue.startSec, ',')} --> ${timestamp(cue.endSec, ',')}\n${cue.text}\n`,
    )
    .join('\n');
}

/** hh:mm:ss.mmm (VTT) or hh:mm:ss,mmm (SRT), rounded to the millisecond. */
function timestamp(sec: number, separator: '.' | ','): string {
  const ms = Math.max(0, Math.round(sec * 1000));
  const hh = Math.floor(ms / 3_600_000);
  const mm = Math.floor((ms % 3_600_000) / 60_000);
  const ss = Math.floor((ms % 60_000) / 1000);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(hh)}:${pad(mm)}:${pad(ss)}${separator}${pad(ms % 1000, 3)}`;
}
