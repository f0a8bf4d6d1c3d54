/**
 * One mounted player: its store and everything that used to be module state — the frame bus,
 * readiness, drawn-frame counting, the Canvas handle for record mode, the geo projector, the
 * asset loads and real time. The composition root creates one per player and hands it down
 * (React context, explicit arguments), so two players can live in one page.
 */
import { forgetLoadedAssets } from '../view/asset-loads.ts';
import {
  createAtmosphereSource,
  type AtmosphereSource,
  type AtmosphereTables,
} from '../view/atmosphere-model.ts';
import { createReadiness, type Readiness } from '../view/readiness.ts';
import type { ScreenPass } from '../view/view-context.ts';
import type * as THREE from 'three';
import { createCanvasHost, type CanvasHost } from './canvas-host.ts';
import { browserPage, type PageSignals } from './page.ts';
import { createFrameBus, type FrameBus } from './frame-bus.ts';
import { createGeoProjector, type GeoProjector } from './geo-projector.ts';
import { createRenderProgress, type RenderProgress } from './render-progress.ts';
import type { SoundPlatform } from './sound/audio-output.ts';
import { createSoundEngine, type SoundEngine } from './sound/sound-engine.ts';
import type { AppStore } from './store.ts';
import type { WallClock } from './wall-clock.ts';

export interface PlayerRuntime {
  readonly store: AppStore;
  /** The same real time the store's clock reads. */
  readonly wall: WallClock;
  readonly page: PageSignals;
  readonly frames: FrameBus;
  readonly readiness: Readiness;
  /** The atmosphere's precomputed tables: the build's file, or computed on first use. */
  readonly atmosphere: AtmosphereSource;
  /** Post-processing the view draws through, when it has any (see ViewServices). */
  readonly screenPass: { current: ScreenPass | null };
  /** See ViewServices: set by the recorder per frame, else counts the jumps of time. */
  readonly environmentEpoch: { current: number };
  /** See ViewServices: the Earth's maps last drawn with. */
  readonly earthMaps: { current: readonly THREE.Texture[] | null };
  readonly progress: RenderProgress;
  readonly canvas: CanvasHost;
  readonly projector: GeoProjector;
  /** The player's sound (silent until `sound.start()`, after a user gesture). */
  readonly sound: SoundEngine;
  readonly assets: {
    /** Drops loaded and failed assets so a remounted player loads them anew. */
    forget(): void;
  };
}

export interface PlayerRuntimeOptions {
  readonly page?: PageSignals;
  /** Web Audio and speech (the browser's in the app; none in unit tests unless given). */
  readonly sound?: SoundPlatform | null;
  /** The atmosphere's tables on their way from the build's file (atmosphere-prebuilt.ts). */
  readonly atmosphereTables?: Promise<AtmosphereTables | null> | null;
}

export function createPlayerRuntime(
  store: AppStore,
  { page = browserPage, sound = null, atmosphereTables = null }: PlayerRuntimeOptions = {},
): PlayerRuntime {
  const readiness = createReadiness();
  const environmentEpoch = { current: 0 };
  redrawEnvironmentOnJumps(store, environmentEpoch);
  return {
    store,
    wall: store.wall,
    page,
    frames: createFrameBus(),
    readiness,
    atmosphere: createAtmosphereSource(atmosphereTables),
    screenPass: { current: null },
    environmentEpoch,
    earthMaps: { current: null },
    progress: createRenderProgress(readiness, page, store.wall),
    canvas: createCanvasHost(),
    projector: createGeoProjector(),
    sound: createSoundEngine(store, store.wall, sound),
    assets: { forget: forgetLoadedAssets },
  };
}

/**
 * The environment map is drawn at the first frame that enters its cell (ViewServices), so without
 * this a still frame would reflect whichever moment of the cell was shown first: a page seeked to
 * a UTC would differ, by a few levels around the craft, from a page that came from elsewhere. A
 * seek, a pause, a change of speed, a scene load or an inspection redraws it at the next frame,
 * which shows the moment reached. The recorder sets the epoch itself, per frame.
 */
function redrawEnvironmentOnJumps(store: AppStore, epoch: { current: number }): void {
  store.subscribe((state, previous) => {
    const jumped = state.clock !== previous.clock || state.inspection !== previous.inspection;
    if (jumped && state.recording === null) epoch.current++;
  });
}
