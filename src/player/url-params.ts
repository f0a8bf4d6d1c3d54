/**
 * Reads `?scene=&t=&lang=&rate=&paused=&quality=&maps=&camera=&follow=&volume=&sound=&projection=`.
 * Every invalid value falls back to a default and produces a notice for the visitor; nothing from the URL is ever rendered as HTML.
 */
import { PROJECTIONS, type ProjectionKind } from '../core/projection/dome-projection.ts';
import { isCameraPreset, type CameraPreset } from '../core/script/camera-presets.ts';
import { isValidRate } from '../core/time/clock.ts';
import { parseUtc } from '../core/time/utc.ts';
import { isMapFormat, type MapFormat } from '../view/map-format.ts';
import { isQuality, type Quality } from '../view/quality.ts';
import { isLang, type Lang } from './lang.ts';

export type TimeParam = { kind: 'playback'; sec: number } | { kind: 'utc'; ms: number };

export interface UrlSettings {
  sceneId?: string;
  time?: TimeParam;
  lang?: Lang;
  rate?: number;
  paused?: boolean;
  quality?: Quality;
  /** The Earth's full maps as KTX2 or as images, whatever the renderer. */
  maps?: MapFormat;
  camera?: CameraPreset;
  follow?: string;
  /** 0…1, from `?volume=0…100` (percent). */
  volume?: number;
  /** `?sound=off` starts muted. */
  sound?: 'on' | 'off';
  /** A preview of a clip's wide projection (fisheye dome master or 360° equirectangular). */
  projection?: ProjectionKind;
}

export interface UrlProblem {
  param: string;
  value: string;
}

export function parseUrlParams(search: string): { settings: UrlSettings; problems: UrlProblem[] } {
  const params = new URLSearchParams(search);
  const settings: UrlSettings = {};
  const problems: UrlProblem[] = [];
  const scene = params.get('scene');
  if (scene !== null) {
    if (/^[a-z0-9-]{1,64}$/.test(scene)) settings.sceneId = scene;
    else problems.push({ param: 'scene', value: scene });
  }
  const t = params.get('t');
  if (t !== null) {
    const time = parseTimeParam(t);
    if (time) settings.time = time;
    else problems.push({ param: 't', value: t });
  }
  const lang = params.get('lang');
  if (lang !== null) {
    if (isLang(lang)) settings.lang = lang;
    else problems.push({ param: 'lang', value: lang });
  }
  const rate = params.get('rate');
  if (rate !== null) {
    const value = Number(rate);
    if (rate.trim() !== '' && isValidRate(value)) settings.rate = value;
    else problems.push({ param: 'rate', value: rate });
  }
  const paused = params.get('paused');
  if (paused !== null) {
    if (paused === '1' || paused === '0' || paused === '') settings.paused = paused !== '0';
    else problems.push({ param: 'paused', value: paused });
  }
  const quality = params.get('quality');
  if (quality !== null) {
    if (isQuality(quality)) settings.quality = quality;
    else problems.push({ param: 'quality', value: quality });
  }
  const maps = params.get('maps');
  if (maps !== null) {
    if (isMapFormat(maps)) settings.maps = maps;
    else problems.push({ param: 'maps', value: maps });
  }
  const camera = params.get('camera');
  if (camera !== null) {
    if (isCameraPreset(camera)) settings.camera = camera;
    else problems.push({ param: 'camera', value: camera });
  }
  const follow = params.get('follow');
  if (follow !== null) {
    if (/^[a-z0-9-]{1,64}$/.test(follow)) settings.follow = follow;
    else problems.push({ param: 'follow', value: follow });
  }
  const volume = params.get('volume');
  if (volume !== null) {
    const value = Number(volume);
    if (/^\d+(\.\d+)?$/.test(volume) && value <= 100) settings.volume = value / 100;
    else problems.push({ param: 'volume', value: volume });
  }
  const sound = params.get('sound');
  if (sound !== null) {
    if (sound === 'on' || sound === 'off') settings.sound = sound;
    else problems.push({ param: 'sound', value: sound });
  }
  const projection = params.get('projection');
  if (projection !== null) {
    const kind = PROJECTIONS.find((p) => p === projection);
    if (kind) settings.projection = kind;
    else problems.push({ param: 'projection', value: projection });
  }
  return { settings, problems };
}

/** Playback seconds ("42.5") or an ISO UTC instant ("1957-10-04T19:28:34Z"). */
export function parseTimeParam(text: string): TimeParam | null {
  if (/^\d+(\.\d+)?$/.test(text)) return { kind: 'playback', sec: Number(text) };
  const ms = parseUtc(text);
  return ms === null ? null : { kind: 'utc', ms };
}

export function buildSearch(state: {
  sceneId: string;
  playbackSec: number;
  lang: Lang;
  rate: number;
  paused: boolean;
  camera?: string;
  follow?: string | null;
}): string {
  const params = new URLSearchParams({
    scene: state.sceneId,
    t: state.playbackSec.toFixed(2),
    lang: state.lang,
  });
  if (state.rate !== 1) params.set('rate', String(state.rate));
  if (state.paused) params.set('paused', '1');
  if (state.camera && isCameraPreset(state.camera)) params.set('camera', state.camera);
  if (state.follow) params.set('follow', state.follow);
  return `?${params.toString()}`;
}
