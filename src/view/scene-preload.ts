import { useLoader } from '@react-three/fiber';
import { useMemo, useReducer, useState } from 'react';
import * as THREE from 'three';
import { ModelLoader } from '../../models/index.ts';
import type { CompiledScene } from '../core/script/compiled-scene.ts';
import { ASSET_URLS, asBinary, coastlineUrl, earthMapUrls } from './asset-urls.ts';
import type { EarthMapStage } from './earth-maps.tsx';
import { fullEarthMaps } from './gpu-maps.ts';
import type { MapFormat } from './map-format.ts';
import type { QualitySettings } from './quality.ts';
import { retrySunBloomCode, sunBloomCode, sunBloomCodeIn } from './sun-bloom.ts';

/** One load as a part of the view asks R3F's useLoader for it (the cache's key: loader and URLs). */
export interface ViewLoad {
  readonly loader: LoaderProto;
  readonly input: string | string[];
  readonly extensions?: (loader: never) => void;
}
// R3F's own type for a loader class, taken from its preload's signature.
type LoaderProto = Parameters<typeof useLoader.preload>[0];

/** How the Earth's maps are loaded for a view: which stage, in which format, for which renderer. */
export interface EarthMapsLoad {
  readonly stage: EarthMapStage;
  readonly format: MapFormat;
  readonly gl: THREE.WebGLRenderer;
}

/**
 * What a picture of the scene at a tier is drawn with, each with the loader and URLs its part
 * asks for: the Earth's maps at their stage (the previews for a first picture, picture-tier.ts),
 * the Moon's map, the star and coastline catalogues, the craft's models. (Where the tier has the
 * bloom, the view waits for its code as well: `bloomSettled`.)
 */
export function pictureLoads(
  scene: CompiledScene,
  quality: QualitySettings,
  space: boolean,
  earth: EarthMapsLoad,
): ViewLoad[] {
  const loads: ViewLoad[] = [
    earthMapsLoad(quality.bakedEarth, earth),
    { loader: THREE.TextureLoader, input: ASSET_URLS.moon },
  ];
  if (space)
    loads.push({ loader: THREE.FileLoader, input: ASSET_URLS.stars, extensions: asBinary });
  if (quality.coastlines !== 'none')
    loads.push({
      loader: THREE.FileLoader,
      input: coastlineUrl(quality.coastlines),
      extensions: asBinary,
    });
  for (const model of new Set(scene.bodies.map((body) => body.model)))
    loads.push({ loader: ModelLoader, input: model });
  return loads;
}

/** The Earth's maps of a tier at a stage, as earth-maps.tsx asks for them. */
function earthMapsLoad(bakedEarth: boolean, { stage, format, gl }: EarthMapsLoad): ViewLoad {
  if (stage === 'preview')
    return { loader: THREE.TextureLoader, input: earthMapUrls(bakedEarth, 'preview') };
  const full = fullEarthMaps(bakedEarth, format, gl);
  return { loader: full.proto, input: full.urls, extensions: full.extension as never };
}

/**
 * Starts fetching everything a picture of the scene at a tier is drawn with (`pictureLoads`) and
 * the bloom where the tier has it: the loads of a picture to come are under way before any part
 * asks for them, with the same loader keys as the parts use, so each part finds its load under
 * way.
 *
 * Left to the parts, loads start late: once one part waits, React first commits the fallback
 * and only later renders the parts after it, so the Earth's maps were asked for about 0.4 s
 * after the stars. Code that arrives after the maps is worse: each arrival adds shaders after
 * frames were already drawn without them, a renderer compiles them one arrival at a time (the
 * bloom's buffer even has every material compiled a second time), and on a software renderer
 * each compile waits for every frame queued before it.
 */
export function preloadPicture(
  scene: CompiledScene,
  quality: QualitySettings,
  space: boolean,
  earth: EarthMapsLoad,
): ViewLoad[] {
  const loads = pictureLoads(scene, quality, space, earth);
  for (const { loader, input, extensions } of loads)
    useLoader.preload(loader, input, extensions as never);
  if (quality.bloom) {
    // A scene is loading: a bloom that could not be fetched before may be fetched now.
    retrySunBloomCode();
    void sunBloomCode();
  }
  return loads;
}

/**
 * Whether every load is in (or failed: its part then throws the error to the error boundary).
 * If one is still under way, calls `retry` once it settles and answers false.
 *
 * Asked the way the parts ask: R3F's useLoader (in R3F 9 a look-up in its cache, no React state)
 * returns what is in and throws the promise of what is not. A view that mounts its parts only
 * once this answers true never suspends, so React never commits a fallback for it, and the first
 * picture is not held back by React's throttle, which delays revealing content for up to 0.3 s
 * after a fallback was shown (0.12–0.24 s of a cold start here).
 */
export function loadsSettled(loads: readonly ViewLoad[], retry: () => void): boolean {
  for (const { loader, input, extensions } of loads) {
    try {
      // eslint-disable-next-line react-hooks/rules-of-hooks -- a cache look-up, see above
      useLoader(loader, input, extensions as never);
    } catch (thrown) {
      if (!isThenable(thrown)) return true;
      thrown.then(retry, retry);
      return false;
    }
  }
  return true;
}

/** Whether the bloom's code is in where the tier draws through it; if not, `retry` once it is. */
export function bloomSettled(wanted: boolean, retry: () => void): boolean {
  if (!wanted || sunBloomCodeIn() !== undefined) return true;
  void sunBloomCode().then(retry);
  return false;
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === 'function';
}

/**
 * Preloads the view's first picture (`preloadPicture`) on every change, and answers whether the
 * view may mount its parts: not before the first picture's loads (and the bloom's code, where the
 * tier has it) are all in, so they mount together without suspending (`loadsSettled`); from then
 * on always (picture-tier.ts brings in a later tier's loads before the view draws it, and another
 * scene's models suspend only their own part).
 */
export function useScenePreload(
  scene: CompiledScene,
  quality: QualitySettings,
  space: boolean,
  earth: EarthMapsLoad,
): boolean {
  const { stage, format, gl } = earth;
  // In render, not in an effect: the loads start before the view's first commit.
  const loads = useMemo(
    () => preloadPicture(scene, quality, space, { stage, format, gl }),
    [scene, quality, space, stage, format, gl],
  );
  const [opened, setOpened] = useState(false);
  const [, recheck] = useReducer((checks: number) => checks + 1, 0);
  const open = opened || (loadsSettled(loads, recheck) && bloomSettled(quality.bloom, recheck));
  // Remembered in render (React's pattern for state derived from earlier renders).
  if (open && !opened) setOpened(true);
  return open;
}
