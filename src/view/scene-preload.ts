import { useLoader } from '@react-three/fiber';
import * as THREE from 'three';
import { ModelLoader } from '../../models/index.ts';
import type { CompiledScene } from '../core/script/compiled-scene.ts';
import { ASSET_URLS, asBinary, coastlineUrl, earthMapUrls } from './asset-urls.ts';
import { fullEarthMaps } from './gpu-maps.ts';
import type { MapFormat } from './map-format.ts';
import type { QualitySettings } from './quality.ts';
import { retrySunBloomCode, sunBloomCode } from './sun-bloom.ts';

/**
 * Starts fetching everything a scene's first frame is drawn with: the Earth's and the Moon's
 * maps, the star and coastline catalogues, the craft's models, and the bloom where the tier has
 * it. Called while the view renders, before any part of it waits, with the same loader keys
 * as the parts use, so each part finds its load under way.
 *
 * Left to the parts, loads start late: once one part waits, React first commits the fallback
 * and only later renders the parts after it, so the Earth's maps were asked for about 0.4 s
 * after the stars. Code that arrives after the maps is worse: each arrival adds shaders after
 * frames were already drawn without them, a renderer compiles them one arrival at a time (the
 * bloom's buffer even has every material compiled a second time), and on a software renderer
 * each compile waits for every frame queued before it.
 */
export function preloadScene(
  scene: CompiledScene,
  quality: QualitySettings,
  space: boolean,
  maps: { format: MapFormat; gl: THREE.WebGLRenderer },
): void {
  // The previews first: the first picture is drawn with them while the full maps arrive.
  useLoader.preload(THREE.TextureLoader, earthMapUrls(quality.bakedEarth, 'preview'));
  const full = fullEarthMaps(quality.bakedEarth, maps.format, maps.gl);
  useLoader.preload(full.proto, full.urls, full.extension);
  useLoader.preload(THREE.TextureLoader, ASSET_URLS.moon);
  if (space) useLoader.preload(THREE.FileLoader, ASSET_URLS.stars, asBinary);
  if (quality.coastlines !== 'none')
    useLoader.preload(THREE.FileLoader, coastlineUrl(quality.coastlines), asBinary);
  for (const body of scene.bodies) useLoader.preload(ModelLoader, body.model);
  if (quality.bloom) {
    // A scene is loading: a bloom that could not be fetched before may be fetched now.
    retrySunBloomCode();
    void sunBloomCode();
  }
}
