/**
 * `window.urverseny`: the contract used by tests, the recorder and the kiosk. Every call either
 * does what it says or rejects with a clear Error; the app keeps running either way. Arguments
 * are parsed by the schemas in automation-args.ts; `state()` reports the frame last drawn.
 */
import { EARTH_RADIUS_KM } from '../core/orbit/kepler.ts';
import type { ClipRequest } from '../core/record/clip-plan.ts';
import type { RecordHooks } from '../core/record/clip-recorder.ts';
import type { PlayerRuntime } from '../player/player-runtime.ts';
import type { ShownFrame } from '../player/render-progress.ts';
import {
  clipRequestArg,
  frameIndicesArg,
  inspectArg,
  langArg,
  parseArg,
  projectArgs,
  qualityArg,
  rateArg,
  recordHooksArg,
  sceneIdArg,
  timeArg,
} from './automation-args.ts';
import { clipRecorderFor, frameHashes } from './clip-recording.ts';
import { frameReading, type BodyReading } from './state-reading.ts';

export function createAutomationApi(runtime: PlayerRuntime) {
  const { store, progress, readiness, projector } = runtime;
  const recordClip = clipRecorderFor(runtime);
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
        stillSec: entry.stillSec,
        available: entry.available,
        ...(entry.error ? { error: entry.error } : {}),
      })),

    async load(id: unknown): Promise<ShownFrame> {
      store.loadScene(parseArg(sceneIdArg, id, 'load(id): id must be a scene id string'));
      return progress.frameReady();
    },

    /** `t`: playback seconds, or an ISO UTC string ("1957-10-04T19:28:34Z"). */
    async seek(t: unknown): Promise<ShownFrame> {
      const time = parseArg(
        timeArg,
        t,
        'seek(t): t must be playback seconds ≥ 0 or an ISO UTC string ending in Z',
      );
      sceneOrThrow();
      store.seek(time);
      return progress.frameReady();
    },

    /**
     * Resolves once a frame drawn with everything loaded is on screen (state() then describes
     * it), with when it was drawn and when shown.
     */
    ready: (): Promise<ShownFrame> => progress.frameReady(),
    /**
     * Resolves once the next frame is drawn: a paused player draws only when its picture may
     * change, so frame timings wait on this, not on the browser's animation frames.
     */
    frame: (): Promise<void> => progress.nextFrame(),

    /**
     * Resolves once a complete frame is on screen: every part in, the Earth perhaps still from its
     * preview maps (the first picture a visitor sees; ready() waits for the full maps).
     */
    complete: (): Promise<ShownFrame> => progress.frameReady(undefined, 'complete'),

    play: () => {
      sceneOrThrow();
      store.play();
    },
    pause: () => store.pause(),

    setRate(rate: unknown): void {
      store.setRate(parseArg(rateArg, rate, 'setRate(x): x must be a number'));
    },

    setLang(lang: unknown): void {
      store.setLang(parseArg(langArg, lang, "setLang(lang): lang must be 'hu' or 'en'"));
    },

    /** Pins a quality tier ('low' | 'medium' | 'high'); resolves once a frame is drawn with it. */
    async setQuality(quality: unknown): Promise<void> {
      const tier = parseArg(
        qualityArg,
        quality,
        "setQuality(q): q must be 'low', 'medium' or 'high'",
      );
      store.setQuality(tier, true);
      await progress.frameReady();
    },

    /**
     * Shows any UTC from a viewpoint above a place ({utc, latDeg, lonDeg, distanceKm[, fovDeg]})
     * or near a body ({utc, target, distanceKm, azimuthDeg, elevationDeg[, fovDeg]}), replacing
     * the script's time and camera until `inspect(null)` or the next load.
     */
    async inspect(view: unknown): Promise<void> {
      const scene = store.getState().scene;
      const targets = (scene?.bodies ?? []).map((b) => `'${b.id}'`).join(' | ');
      const usage = `inspect(view): view must be {utc: ISO string, latDeg, lonDeg, distanceKm > ${Math.round(EARTH_RADIUS_KM)}}, a body view {utc, target: ${targets}, distanceKm, azimuthDeg, elevationDeg}, or null`;
      const v = parseArg(inspectArg, view, usage);
      if (v === null) {
        store.setInspection(null);
        await progress.frameReady();
        return;
      }
      sceneOrThrow();
      const isBody = 'target' in v;
      if (isBody && !scene!.bodies.some((b) => b.id === v.target))
        throw new TypeError(`${usage}, got target ${JSON.stringify(v.target)}`);
      // A body is seen from its own frame; a place from the Earth's (longitude as azimuth,
      // latitude as elevation).
      const camera = {
        playbackSec: 0,
        target: isBody ? v.target : 'earth',
        distanceKm: v.distanceKm,
        azimuthDeg: isBody ? v.azimuthDeg : v.lonDeg,
        elevationDeg: isBody ? v.elevationDeg : v.latDeg,
        fovDeg: v.fovDeg ?? 40,
      };
      store.setInspection({ utcMs: v.utc, camera: { ...camera, ease: 'linear', craftScale: 1 } });
      await progress.frameReady();
    },

    /** CSS pixel of a place on Earth (degrees) in the frame last drawn. */
    project(latDeg: unknown, lonDeg: unknown) {
      const [lat, lon] = parseArg(
        projectArgs,
        [latDeg, lonDeg],
        'project(lat, lon): degrees as numbers',
      );
      return projector.project(lat, lon);
    },

    /**
     * Unit direction from the camera to a place on Earth (degrees) in the camera's frame (x right,
     * y up, −z forward), in the frame last drawn: where a dome or 360° frame shows the place.
     */
    viewDirection(latDeg: unknown, lonDeg: unknown) {
      const [lat, lon] = parseArg(
        projectArgs,
        [latDeg, lonDeg],
        'viewDirection(lat, lon): degrees as numbers',
      );
      return projector.viewDirection(lat, lon);
    },

    /** Where the Earth is in the frame last drawn: its centre in the camera's frame, the lens. */
    earthInView: () => projector.earthInView(),

    /** CSS pixel of a body of the scene (its reference point) in the frame last drawn. */
    projectBody(id: unknown) {
      const bodyId = parseArg(sceneIdArg, id, 'projectBody(id): id must be a body id string');
      const point = projector.projectBody(bodyId);
      if (!point) throw new Error(`projectBody(id): the scene has no body "${bodyId}"`);
      return point;
    },

    /**
     * Records a clip frame by frame (`request`: src/core/record/clip-plan.ts); the file's bytes go
     * to `hooks.write(data, position)`. Resolves with the plan and the clip's subtitles.
     */
    async recordClip(request: unknown, hooks: unknown) {
      const usage = 'recordClip(request, hooks): a clip request and {write(data, position)}';
      parseArg(clipRequestArg, request, usage);
      parseArg(recordHooksArg, hooks, usage);
      return recordClip(request as ClipRequest, hooks as RecordHooks);
    },

    /** SHA-256 of frames of a clip exactly as they would be encoded (determinism checks). */
    async frameHashes(request: unknown, indices: unknown) {
      const usage = 'frameHashes(request, indices): a clip request and frame numbers';
      parseArg(clipRequestArg, request, usage);
      return frameHashes(
        runtime,
        request as ClipRequest,
        parseArg(frameIndicesArg, indices, usage),
      );
    },

    /**
     * Cost of the last drawn frame and GPU objects alive (three's renderer.info), and how many
     * frames have been drawn (a paused player draws only when the picture may change).
     */
    renderer: () => ({ ...progress.rendererStats(), drawnFrames: progress.drawnFrames() }),

    /** What is on screen: the frame last drawn (scene time, camera, bodies) and the player's state. */
    state() {
      const { scene, sceneLoad, clock, lang, cameraMode, quality, kiosk, recording } =
        store.getState();
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
        pending: readiness.pending(),
        recording: recording !== null,
        sound: runtime.sound.status(),
      };
      const drawn = progress.lastDrawn();
      const frame = drawn && drawn.sceneLoad === sceneLoad ? drawn.frame : null;
      if (!scene || !frame)
        return {
          sceneId: scene?.id ?? null,
          playback: 0,
          ...(scene ? { durationSec: scene.timeline.durationSec } : {}),
          utc: null,
          caption: null,
          events: [],
          bodies: {} as Record<string, BodyReading>,
          sun: null,
          relative: null,
          camera: null,
          ...base,
        };
      return {
        sceneId: scene.id,
        playback: frame.playbackSec,
        durationSec: scene.timeline.durationSec,
        ...frameReading(frame),
        ...base,
      };
    },
  };
}

export type AutomationApi = ReturnType<typeof createAutomationApi>;

declare global {
  interface Window {
    urverseny?: AutomationApi;
  }
}
