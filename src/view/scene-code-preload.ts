import { useLoader } from '@react-three/fiber';
import { ModelLoader } from '../../models/index.ts';
import type { CompiledScene } from '../core/script/compiled-scene.ts';
import { preloadSunBloom } from './sun-bloom.ts';

/**
 * Starts fetching the code a scene's first frame is drawn with beyond its maps: the craft's
 * models, and the bloom where the tier has it. Called while the view renders, before anything
 * in it can wait for the maps, so all of it arrives with them. Arriving later, each part would
 * add its shaders after frames were already drawn without it; a renderer then compiles them
 * one arrival at a time (the bloom's buffer even has every material compiled a second time),
 * and on a software renderer each compile waits for every frame queued before it.
 */
export function preloadSceneCode(scene: CompiledScene, bloom: boolean): void {
  for (const body of scene.bodies) useLoader.preload(ModelLoader, body.model);
  // A failed load is reported where the code is used (the bloom is then left out).
  if (bloom) preloadSunBloom().catch(() => undefined);
}
