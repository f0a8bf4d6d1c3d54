/**
 * `window.urverseny`: the contract used by tests, the recorder and the kiosk. Every call either
 * does what it says or rejects with a clear Error; the app keeps running either way.
 */
import type { ClipRequest } from '../core/record/clip-plan.ts';
import { evaluate } from '../core/script/evaluate.ts';
import { viewOf } from './camera-view.ts';
import { latestFrame } from './frame-bus.ts';
import { formatUtc, parseUtc } from '../core/time/utc.ts';
import { pendingLabels } from '../view/readiness.ts';
import { isLang } from './lang.ts';
import { isQuality } from '../view/quality.ts';
import { frameHashes, recordClip, type RecordHooks } from './clip-recording.ts';
import { projectGeo } from './geo-projector.ts';
import { frameReady, rendererStats } from './render-progress.ts';
import type { AppStore } from './store.ts';
import { parseTimeParam, type TimeParam } from './url-params.ts';

export function createAutomationApi(store: AppStore) {
  const sceneOrThrow = () => {
    const { scene } = store.getState();
    if (!scene) throw new Error('no scene is loaded');
    return scene;
  };
  return {
    scenes: () =>
      store.getState().catalog.map((entry) => ({
        id: entry.id,
        title: entry.title,
        durationSec: entry.durationSec,
        stillSec: entry.scene?.stillSec ?? 0,
        available: entry.available,
        ...(entry.error ? { error: entry.error } : {}),
      })),

    async load(id: unknown): Promise<void> {
      if (typeof id !== 'string')
        throw new TypeError(`load(id): id must be a scene id string, got ${typeof id}`);
      store.loadScene(id);
      await frameReady();
    },

    /** `t`: playback seconds, or an ISO UTC string ("1957-10-04T19:28:34Z"). */
    async seek(t: unknown): Promise<void> {
      let time: TimeParam | null = null;
      if (typeof t === 'number' && Number.isFinite(t) && t >= 0)
        time = { kind: 'playback', sec: t };
      else if (typeof t === 'string') time = parseTimeParam(t);
      if (!time)
        throw new TypeError(
          `seek(t): t must be playback seconds ≥ 0 or an ISO UTC string ending in Z, got ${JSON.stringify(t)}`,
        );
      sceneOrThrow();
      store.seek(time);
      await frameReady();
    },

    play: () => {
      sceneOrThrow();
      store.play();
    },
    pause: () => store.pause(),

    setRate(rate: unknown): void {
      if (typeof rate !== 'number')
        throw new TypeError(`setRate(x): x must be a number, got ${typeof rate}`);
      store.setRate(rate);
    },

    setLang(lang: unknown): void {
      if (!isLang(lang))
        throw new TypeError(
          `setLang(lang): lang must be 'hu' or 'en', got ${JSON.stringify(lang)}`,
        );
      store.setLang(lang);
    },

    /** Pins a quality tier ('low' | 'medium' | 'high'); resolves once a frame is drawn with it. */
    async setQuality(quality: unknown): Promise<void> {
      if (!isQuality(quality))
        throw new TypeError(
          `setQuality(q): q must be 'low', 'medium' or 'high', got ${JSON.stringify(quality)}`,
        );
      store.setQuality(quality, true);
      await frameReady();
    },

    /**
     * Shows any UTC from a viewpoint above a place ({utc, latDeg, lonDeg, distanceKm[, fovDeg]})
     * or near a body ({utc, target, distanceKm, azimuthDeg, elevationDeg[, fovDeg]}), replacing
     * the script's time and camera until `inspect(null)` or the next load.
     */
    async inspect(view: unknown): Promise<void> {
      if (view === null) {
        store.setInspection(null);
        await frameReady();
        return;
      }
      const v = (view ?? {}) as Record<string, unknown>;
      const utcMs = typeof v.utc === 'string' ? parseUtc(v.utc) : null;
      const finite = (k: string) => typeof v[k] === 'number' && Number.isFinite(v[k]);
      const scene = sceneOrThrow();
      const body = typeof v.target === 'string' ? v.target : null;
      const fovDeg = typeof v.fovDeg === 'number' ? v.fovDeg : 40;
      const show = async (
        utc: number,
        target: string,
        azimuthDeg: number,
        elevationDeg: number,
      ) => {
        const distanceKm = v.distanceKm as number;
        const camera = { playbackSec: 0, target, distanceKm, azimuthDeg, elevationDeg, fovDeg };
        store.setInspection({ utcMs: utc, camera: { ...camera, ease: 'linear', craftScale: 1 } });
        await frameReady();
      };
      if (body !== null) {
        // A body seen from its own frame: azimuth from its velocity, elevation above the horizon.
        const known = scene.bodies.some((b) => b.id === body);
        if (utcMs === null || !known || !['distanceKm', 'azimuthDeg', 'elevationDeg'].every(finite))
          throw new TypeError(
            `inspect(view): a body view is {utc, target: ${scene.bodies.map((b) => `'${b.id}'`).join(' | ')}, distanceKm, azimuthDeg, elevationDeg}`,
          );
        await show(utcMs, body, v.azimuthDeg as number, v.elevationDeg as number);
        return;
      }
      if (
        utcMs === null ||
        !['latDeg', 'lonDeg', 'distanceKm'].every(finite) ||
        (v.distanceKm as number) <= 6378
      ) {
        throw new TypeError(
          'inspect(view): view must be {utc: ISO string, latDeg, lonDeg, distanceKm > 6378}, a body view {utc, target, distanceKm, azimuthDeg, elevationDeg}, or null',
        );
      }
      // Above a place: the Earth's own frame, longitude as azimuth and latitude as elevation.
      await show(utcMs, 'earth', v.lonDeg as number, v.latDeg as number);
    },

    /** CSS pixel of a place on Earth (degrees) in the frame last drawn. */
    project(latDeg: unknown, lonDeg: unknown) {
      if (typeof latDeg !== 'number' || typeof lonDeg !== 'number')
        throw new TypeError('project(lat, lon): degrees as numbers');
      return projectGeo(latDeg, lonDeg);
    },

    /**
     * Records a clip frame by frame (`request`: src/core/record/clip-plan.ts); the file's bytes go
     * to `hooks.write(data, position)`. Resolves with the plan and the clip's subtitles.
     */
    async recordClip(request: unknown, hooks: RecordHooks) {
      if (typeof request !== 'object' || request === null || typeof hooks?.write !== 'function')
        throw new TypeError(
          'recordClip(request, hooks): a clip request and {write(data, position)}',
        );
      return recordClip(store, request as ClipRequest, hooks);
    },

    /** SHA-256 of frames of a clip exactly as they would be encoded (determinism checks). */
    async frameHashes(request: unknown, indices: unknown) {
      if (typeof request !== 'object' || request === null || !Array.isArray(indices))
        throw new TypeError('frameHashes(request, indices): a clip request and frame numbers');
      return frameHashes(store, request as ClipRequest, indices as number[]);
    },

    /** Cost of the last drawn frame and GPU objects alive (three's renderer.info). */
    renderer: () => rendererStats(),

    state() {
      const { scene, clock, lang, cameraMode, quality, kiosk, recording } = store.getState();
      // The kiosk's own modes, else the recorder's or the player's.
      const mode: 'attract' | 'countdown' | 'interactive' | 'player' | 'record' =
        kiosk ?? (recording !== null ? 'record' : 'player');
      const base = {
        mode,
        playing: clock.playing,
        rate: clock.rate,
        lang,
        cameraMode,
        quality,
        pending: pendingLabels(),
        recording: recording !== null,
      };
      if (!scene)
        return {
          sceneId: null,
          playback: 0,
          utc: null,
          caption: null,
          events: [],
          bodies: {} as Record<string, BodyReading>,
          sun: null,
          relative: null,
          camera: null,
          ...base,
        };
      const frame = evaluate(scene, store.playbackSec(), viewOf(store.getState(), latestFrame()));
      return {
        sceneId: scene.id,
        playback: frame.playbackSec,
        durationSec: scene.timeline.durationSec,
        utc: formatUtc(frame.utcMs),
        caption: frame.caption ? { hu: frame.caption.hu, en: frame.caption.en } : null,
        events: frame.events.map((e) => ({ id: e.id, utc: formatUtc(e.utcMs), passed: e.passed })),
        bodies: Object.fromEntries(
          frame.bodies.map((b) => [
            b.id,
            {
              lat: b.latDeg,
              lon: b.lonDeg,
              altKm: b.altKm,
              eciKm: b.eciKm,
              velKms: b.velKms,
              visible: b.visible,
              phase: b.phase,
            },
          ]),
        ),
        sun: { subsolarLat: frame.subsolar.latDeg, subsolarLon: frame.subsolar.lonDeg },
        camera: { craftScale: frame.camera.craftScale, target: frame.camera.targetId },
        relative: frame.relative
          ? {
              chaser: frame.relative.chaser,
              target: frame.relative.target,
              rangeM: frame.relative.rangeM,
              rangeRateMs: frame.relative.rangeRateMs,
              phase: frame.relative.phase,
            }
          : null,
        ...base,
      };
    },
  };
}

export type AutomationApi = ReturnType<typeof createAutomationApi>;

/** A body as state() reports it. */
export interface BodyReading {
  readonly lat: number;
  readonly lon: number;
  readonly altKm: number;
  readonly eciKm: readonly [number, number, number];
  readonly velKms: readonly [number, number, number];
  readonly visible: boolean;
  readonly phase: string;
}

declare global {
  interface Window {
    urverseny?: AutomationApi;
  }
}
