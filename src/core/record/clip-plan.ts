/**
 * What a clip is: a scene, a playback range and how to render and encode it. `planClip` checks a
 * request against the scene catalog and resolves it to frame numbers; frame `i` is always shown
 * at playback `fromSec + i / fps`, never at a wall time. Shared by the record CLI (Node), the
 * automation API and the player's Record button, so all three accept and refuse the same things.
 */
import type { CatalogEntry } from '../script/scene-catalog.ts';
import { playbackAt } from '../time/timeline.ts';
import { formatUtc, parseUtc } from '../time/utc.ts';
import {
  CLIP_FORMATS,
  ENCODED_IN_PAGE,
  resolveRenderOptions,
  wideSizeProblem,
  type ClipFormat,
  type RenderOptions,
  type ResolvedRenderOptions,
} from './render-options.ts';

export type { ClipFormat } from './render-options.ts';
export type CaptionMode = 'burn' | 'none';
export type ClipLang = 'hu' | 'en';
export type RenderQuality = 'low' | 'medium' | 'high';
/** A sound track: on, off, or (unset) on when the scene has sound. */
export type ClipAudio = 'on' | 'off';
/** Playback seconds or a UTC instant (epoch ms), as the user wrote it. */
export type ClipTime = { kind: 'playback'; sec: number } | { kind: 'utc'; ms: number };

export interface ClipRequest extends RenderOptions {
  readonly sceneId: string;
  /** Default: the start of the scene. */
  readonly from?: ClipTime;
  /** Default: the end of the scene. */
  readonly to?: ClipTime;
  readonly fps: number;
  readonly width: number;
  readonly height: number;
  readonly lang: ClipLang;
  readonly captions: CaptionMode;
  readonly quality: RenderQuality;
  readonly format: ClipFormat;
  readonly audio?: ClipAudio;
}

/** A checked request with its range in playback seconds and frames. */
export interface ClipPlan
  extends Omit<ClipRequest, 'from' | 'to' | 'audio' | keyof RenderOptions>, ResolvedRenderOptions {
  /** Whether the clip carries a sound track. */
  readonly audio: boolean;
  readonly fromSec: number;
  readonly toSec: number;
  readonly frameCount: number;
  /** frameCount / fps: the length of the encoded clip, s. */
  readonly durationSec: number;
}

export const CLIP_DEFAULTS = {
  fps: 30,
  width: 1920,
  height: 1080,
  lang: 'hu',
  captions: 'burn',
  quality: 'high',
} as const satisfies Partial<ClipRequest>;

export const MAX_FPS = 120;
/** H.264 level 5.1 and our texture sizes comfortably cover 4K UHD. */
export const MAX_PIXELS = 3840 * 2160;

/** A refused request: `option` names the setting (`fps`, `to`, …), `detail` says why. */
export class ClipError extends Error {
  constructor(
    readonly option: string,
    readonly detail: string,
  ) {
    super(`${option}: ${detail}`);
    this.name = 'ClipError';
  }
}

/** "42", "42.5" (playback seconds) or "1957-10-04T19:28:34Z" (UTC); null for anything else. */
export function parseClipTime(text: string): ClipTime | null {
  if (/^\d+(\.\d+)?$/.test(text)) return { kind: 'playback', sec: Number(text) };
  const ms = parseUtc(text);
  return ms === null ? null : { kind: 'utc', ms };
}

/** Frames in [fromSec, toSec) at `fps`; at least one. */
export function frameCountFor(fromSec: number, toSec: number, fps: number): number {
  return Math.max(1, Math.round((toSec - fromSec) * fps));
}

/** Playback seconds of frame `index`: computed from the index, never accumulated. */
export function frameTimeSec(plan: Pick<ClipPlan, 'fromSec' | 'fps'>, index: number): number {
  return plan.fromSec + index / plan.fps;
}

/** Checks everything that does not depend on the scene; throws ClipError. */
export function checkClipSettings(
  request: Omit<ClipRequest, 'sceneId' | 'from' | 'to' | 'frames'>,
): void {
  const { fps, width, height } = request;
  if (!Number.isInteger(fps) || fps < 1 || fps > MAX_FPS)
    throw new ClipError('fps', `must be a whole number from 1 to ${MAX_FPS}, got ${fps}`);
  const even = (n: number) => Number.isInteger(n) && n >= 16 && n % 2 === 0;
  const projection = request.projection ?? 'flat';
  if (projection !== 'flat' && even(width) && even(height)) {
    const problem = wideSizeProblem(projection, width, height);
    if (problem) throw new ClipError('size', problem);
  } else if (!even(width) || !even(height) || width * height > MAX_PIXELS)
    throw new ClipError(
      'size',
      `must be WIDTHxHEIGHT in even pixels from 16 up to 3840x2160, got ${width}x${height}`,
    );
  if (!['hu', 'en'].includes(request.lang))
    throw new ClipError('lang', `must be hu or en, got ${String(request.lang)}`);
  if (!['burn', 'none'].includes(request.captions))
    throw new ClipError('captions', `must be burn or none, got ${String(request.captions)}`);
  if (!['low', 'medium', 'high'].includes(request.quality))
    throw new ClipError('quality', `must be low, medium or high, got ${String(request.quality)}`);
  if (!CLIP_FORMATS.includes(request.format))
    throw new ClipError(
      'format',
      `must be ${CLIP_FORMATS.join(', ')}, got ${String(request.format)}`,
    );
  if (request.audio !== undefined && !['on', 'off'].includes(request.audio))
    throw new ClipError('audio', `must be on or off, got ${String(request.audio)}`);
  if (request.audio === 'on' && !ENCODED_IN_PAGE.includes(request.format))
    throw new ClipError('audio', `on needs --format mp4 or webm, got ${request.format}`);
}

/** Resolves a request against the catalog; throws ClipError naming the setting at fault. */
export function planClip(request: ClipRequest, catalog: readonly CatalogEntry[]): ClipPlan {
  const entry = catalog.find((e) => e.id === request.sceneId);
  if (!entry) {
    const known = catalog.filter((e) => e.available).map((e) => e.id);
    throw new ClipError(
      'scene',
      `no scene "${request.sceneId}"; available: ${known.join(', ') || 'none'}`,
    );
  }
  const timeline = entry.scene?.timeline ?? entry.timeline;
  if (!entry.available || !timeline)
    throw new ClipError(
      'scene',
      `"${entry.id}" is unavailable: ${entry.error ?? 'unknown reason'}`,
    );
  checkClipSettings(request);
  const resolve = (option: 'from' | 'to', time: ClipTime | undefined, fallback: number) => {
    if (!time) return fallback;
    if (time.kind === 'utc') {
      if (time.ms < timeline.startUtcMs || time.ms > timeline.endUtcMs)
        throw new ClipError(
          option,
          `${formatUtc(time.ms)} is outside ${entry.id} (${formatUtc(timeline.startUtcMs)} to ${formatUtc(timeline.endUtcMs)})`,
        );
      return playbackAt(timeline, time.ms);
    }
    if (time.sec > timeline.durationSec)
      throw new ClipError(
        option,
        `${time.sec} s is past the end of ${entry.id} (${timeline.durationSec} s)`,
      );
    return time.sec;
  };
  const fromSec = resolve('from', request.from, 0);
  const toSec = resolve('to', request.to, timeline.durationSec);
  if (!(toSec > fromSec))
    throw new ClipError('to', `must be after from (from ${fromSec} s, to ${toSec} s)`);
  const frameCount = frameCountFor(fromSec, toSec, request.fps);
  const {
    from: _from,
    to: _to,
    audio: _audio,
    projection: _projection,
    domeFovDeg: _fov,
    domeTiltDeg: _tilt,
    background: _background,
    frames: _frames,
    ...settings
  } = request;
  const options = resolveRenderOptions(request, { ...request, frameCount });
  return {
    ...settings,
    ...options,
    fromSec,
    toSec,
    frameCount,
    durationSec: frameCount / request.fps,
    // Picture sequences and ProRes masters carry no sound; an editor lays it from the MP4/WebM.
    audio: ENCODED_IN_PAGE.includes(request.format)
      ? request.audio
        ? request.audio === 'on'
        : entry.hasSound
      : false,
  };
}
