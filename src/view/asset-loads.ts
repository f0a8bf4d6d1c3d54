import { useLoader } from '@react-three/fiber';
import * as THREE from 'three';
import { MODEL_INFO, ModelLoader } from '../../models/index.ts';
import { ASSET_URLS, earthMapUrlSets } from './asset-urls.ts';
import { GpuMapLoader } from './gpu-maps.ts';
import { withMipLevels } from './mip-levels.ts';

/**
 * Empties the loaders' cache. R3F's useLoader keeps a failed load's error for good, so a player
 * remounted after a crash would meet the same error again instead of loading its assets anew.
 */
export function forgetLoadedAssets(): void {
  for (const urls of earthMapUrlSets('images')) {
    useLoader.clear(THREE.TextureLoader, urls);
    useLoader.clear(THREE.TextureLoader, withMipLevels(urls));
  }
  for (const urls of earthMapUrlSets('ktx2')) useLoader.clear(GpuMapLoader, urls);
  useLoader.clear(THREE.TextureLoader, ASSET_URLS.moon);
  for (const url of [ASSET_URLS.stars, ASSET_URLS.coastline50m, ASSET_URLS.coastline10m])
    useLoader.clear(THREE.FileLoader, url);
  // One entry per model (useLoader(ModelLoader, id)): a list of ids would name one entry of all.
  for (const id of MODEL_INFO.keys()) useLoader.clear(ModelLoader, id);
}
