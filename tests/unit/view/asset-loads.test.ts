import * as THREE from 'three';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ModelLoader } from '../../../models/index.ts';
import { forgetLoadedAssets } from '../../../src/view/asset-loads.ts';
import { ASSET_URLS } from '../../../src/view/asset-urls.ts';
import { loadsSettled, type ViewLoad } from '../../../src/view/scene-preload.ts';

/** Asks for the loads as the view does, until the loader cache holds their outcome. */
async function settle(loads: ViewLoad[]): Promise<void> {
  while (!(await new Promise<boolean>((done) => done(loadsSettled(loads, () => done(false))))));
}

describe('forgetting loaded assets (a player remounted after a crash loads anew)', () => {
  afterEach(() => vi.restoreAllMocks());

  it("forgets a model's failed load, so the next view asks for it again", async () => {
    forgetLoadedAssets();
    const load = vi
      .spyOn(ModelLoader.prototype, 'load')
      .mockImplementation((_id, _onLoad, _progress, onError) => onError?.(new Error('offline')));
    const model = [{ loader: ModelLoader, input: 'sputnik-1' }];
    await settle(model);
    // Until forgotten, the failure stands: nothing is asked again.
    await settle(model);
    expect(load).toHaveBeenCalledTimes(1);
    forgetLoadedAssets();
    await settle(model);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("forgets the Moon's failed map the same way", async () => {
    forgetLoadedAssets();
    const load = vi
      .spyOn(THREE.TextureLoader.prototype, 'load')
      .mockImplementation((_url, _onLoad, _progress, onError) => {
        onError?.(new Error('offline') as never);
        return new THREE.Texture();
      });
    const moon = [{ loader: THREE.TextureLoader, input: ASSET_URLS.moon }];
    await settle(moon);
    forgetLoadedAssets();
    await settle(moon);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
