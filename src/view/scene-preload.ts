import { useLoader } from '@react-three/fiber';
import { useMemo, useReducer, useState } from 'react';
import * as THREE from 'three';
import { ModelLoader } from '../../models/index.ts';
import type { CompiledScene } from '../core/script/compiled-scene.ts';
import { ASSET_URLS, asBinary, coastlineUrl, earthMapUrls } from './asset-urls.ts';
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

/**
 * What the scene's first picture is drawn with, each with the loader and URLs its part asks for:
 * the Earth's preview maps, the Moon's map, the star and coastline catalogues, the craft's models.
 * (The Earth's full maps follow: the first picture does not wait for them. Where the tier has the
 * bloom, the view waits for its code as well: `bloomSettled`.)
 */
export function firstPictureLoads(
  scene: CompiledScene,
  quality: QualitySettings,
  space: boolean,
): ViewLoad[] {
  const loads: ViewLoad[] = [
    // The previews first: the first picture is drawn with them while the full maps arrive.
    { loader: THREE.TextureLoader, input: earthMapUrls(quality.bakedEarth, 'preview') },
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

/**
 * Starts fetching everything a scene's first frame is drawn with (`firstPictureLoads`) and the
 * bloom where the tier has it. Called while the view renders, before any part of it waits, with
 * the same loader keys as the parts use, so each part finds its load under way.
 *
 * The Earth's full maps are asked for here only where the first frame is drawn with them
 * (`fullMapsFirst`: the recorder). Elsewhere the first picture is drawn from the previews and
 * the Earth asks for its full maps when it mounts, once the first picture's loads are in: fetched
 * beside them, the 2.4–3.6 MB of full maps competed with them for the network and the main
 * thread (alternating cold starts: first complete frame 24–46 ms and full-quality frame
 * 70–87 ms later that way).
 *
 * Left to the parts, loads start late: once one part waits, React first commits the fallback
 * and only later renders the parts after it, so the Earth's maps were asked for about 0.4 s
 * after the stars. Code that arrives after the maps is worse: each arrival adds shaders after
 * frames were already drawn without them, a renderer compiles them one arrival at a time (the
 * bloom's buffer even has every material compiled a second time), and on a software renderer
 * each compile waits for every frame queued before it.
 */
function preloadScene(
  scene: CompiledScene,
  quality: QualitySettings,
  space: boolean,
  maps: { format: MapFormat; gl: THREE.WebGLRenderer; fullMapsFirst: boolean },
): ViewLoad[] {
  const loads = firstPictureLoads(scene, quality, space);
  for (const { loader, input, extensions } of loads)
    useLoader.preload(loader, input, extensions as never);
  if (maps.fullMapsFirst) {
    const full = fullEarthMaps(quality.bakedEarth, maps.format, maps.gl);
    useLoader.preload(full.proto, full.urls, full.extension);
  }
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
function bloomSettled(wanted: boolean, retry: () => void): boolean {
  if (!wanted || sunBloomCodeIn() !== undefined) return true;
  void sunBloomCode().then(retry);
  return false;
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === 'function';
}

/**
 * Preloads the scene (`preloadScene`) on every change, and answers whether the view may mount
 * its parts: not before the first picture's loads (and the bloom's code, where the tier has it)
 * are all in, so they mount together without suspending (`loadsSettled`); from then on always,
 * and a later load (another scene's models, another tier's maps) suspends only its own part.
 */
export function useScenePreload(
  scene: CompiledScene,
  quality: QualitySettings,
  space: boolean,
  maps: { format: MapFormat; gl: THREE.WebGLRenderer; fullMapsFirst: boolean },
): boolean {
  const { format, gl, fullMapsFirst } = maps;
  // In render, not in an effect: the loads start before the view's first commit.
  const loads = useMemo(
    () => preloadScene(scene, quality, space, { format, gl, fullMapsFirst }),
    [scene, quality, space, format, gl, fullMapsFirst],
  );
  const [opened, setOpened] = useState(false);
  const [, recheck] = useReducer((checks: number) => checks + 1, 0);
  const open = opened || (loadsSettled(loads, recheck) && bloomSettled(quality.bloom, recheck));
  // Remembered in render (React's pattern for state derived from earlier renders).
  if (open && !opened) setOpened(true);
  return open;
}
