/**
 * The files a clip produces besides the video: subtitles in both languages, as WebVTT and SubRip,
 * timed to the clip's own zero, and the names they get beside the video.
 */
import { clipCues, toSrt, toWebVtt } from '../captions/subtitles.ts';
import type { CompiledCaption } from '../script/compiled-scene.ts';
import type { ClipLang, ClipPlan } from './clip-plan.ts';

export const SUBTITLE_LANGS: readonly ClipLang[] = ['hu', 'en'];

export type ClipSubtitles = Record<ClipLang, { vtt: string; srt: string }>;

export function clipSubtitles(
  captions: readonly CompiledCaption[],
  plan: Pick<ClipPlan, 'fromSec' | 'durationSec'>,
): ClipSubtitles {
  const make = (lang: ClipLang) => {
    const cues = clipCues(captions, plan.fromSec, plan.fromSec + plan.durationSec, lang);
    return { vtt: toWebVtt(cues), srt: toSrt(cues) };
  };
  return { hu: make('hu'), en: make('en') };
}

/** "out/clip.mp4" → "out/clip.hu.vtt" etc. */
export function subtitlePath(videoPath: string, lang: ClipLang, kind: 'vtt' | 'srt'): string {
  return `${videoPath.replace(/\.[^./\\]+$/, '')}.${lang}.${kind}`;
}

/** A file name for a clip made in the browser: "<scene id>_12.0-45.5s.mp4". */
export function clipFileName(plan: Pick<ClipPlan, 'sceneId' | 'fromSec' | 'toSec' | 'format'>) {
  return `${plan.sceneId}_${plan.fromSec.toFixed(1)}-${plan.toSec.toFixed(1)}s.${plan.format}`;
}
