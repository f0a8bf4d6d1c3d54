import ReactThreeTestRenderer from '@react-three/test-renderer';
import { Suspense } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as THREE from 'three';
import { ModelLoader } from '../../../models/index.ts';
import { forgetLoadedAssets } from '../../../src/view/asset-loads.ts';
import { createAtmosphereSource } from '../../../src/view/atmosphere-model.ts';
import { GpuMapLoader } from '../../../src/view/gpu-maps.ts';
import type { MapFormat } from '../../../src/view/map-format.ts';
import { createReadiness } from '../../../src/view/readiness.ts';
import type * as SunBloomModule from '../../../src/view/sun-bloom.ts';
import { SceneView } from '../../../src/view/SceneView.tsx';
import { withMipLevels } from '../../../src/view/mip-levels.ts';
import { ViewContext, type ViewServices } from '../../../src/view/view-context.ts';
import { loadRepoScene } from '../../helpers/scenes.ts';

// Nothing asked for ever arrives here, as on a cold start while it is fetched: the view mounts
// no part until its first picture's loads are in (first-picture-gate.test.tsx), so what has been
// asked for once it has committed was asked for before any part could wait. Should a part mount
// all the same, the stars record what had been asked for before it.
const never = new Promise<never>(() => undefined);
const asked = vi.hoisted(() => ({
  models: [] as string[],
  files: [] as string[],
  bloom: 0,
  beforeWaiting: null as null | { models: string[]; files: string[]; bloom: number },
}));
vi.mock('../../../src/view/Stars.tsx', () => ({
  Stars: () => {
    asked.beforeWaiting ??= {
      models: [...asked.models],
      files: [...asked.files],
      bloom: asked.bloom,
    };
    throw never;
  },
}));
vi.mock('../../../src/view/Earth.tsx', () => ({
  Earth: () => {
    throw never;
  },
}));
vi.mock('../../../src/view/Moon.tsx', () => ({
  Moon: () => {
    throw never;
  },
}));
// Its sprites are painted on a DOM canvas, which this environment lacks.
vi.mock('../../../src/view/SunGlare.tsx', () => ({ SunGlare: () => null }));
vi.mock('../../../src/view/sun-bloom.ts', async (actual) => ({
  ...(await actual<typeof SunBloomModule>()),
  sunBloomCode: () => {
    asked.bloom += 1;
    return never;
  },
}));

const services = (): ViewServices => ({
  readiness: createReadiness(),
  atmosphere: createAtmosphereSource(),
  screenPass: { current: null },
  environmentEpoch: { current: 0 },
  earthMaps: { current: null },
});

async function renderWhileMapsLoad(
  sceneId: string,
  quality: 'low' | 'medium',
  maps: MapFormat = 'images',
  firstPicture = true,
) {
  const scene = loadRepoScene(sceneId);
  // The loaders' cache outlives a view: each view's loads must be asked for anew.
  forgetLoadedAssets();
  Object.assign(asked, { models: [], files: [], bloom: 0, beforeWaiting: null });
  vi.spyOn(ModelLoader.prototype, 'load').mockImplementation((id) => {
    asked.models.push(id);
  });
  for (const Loader of [THREE.TextureLoader, THREE.FileLoader, GpuMapLoader])
    vi.spyOn(Loader.prototype, 'load').mockImplementation((url: string) => {
      asked.files.push(url.split('/').pop()!);
      return undefined as never;
    });
  const renderer = await ReactThreeTestRenderer.create(
    <ViewContext.Provider value={services()}>
      <Suspense fallback={null}>
        <SceneView
          scene={scene}
          loadId={1}
          frameRef={{ current: null }}
          scripted
          quality={quality}
          maps={maps}
          firstPicture={firstPicture}
        />
      </Suspense>
    </ViewContext.Provider>,
  );
  asked.beforeWaiting ??= {
    models: [...asked.models],
    files: [...asked.files],
    bloom: asked.bloom,
  };
  return { scene, renderer, beforeWaiting: asked.beforeWaiting };
}

const MOON_AND_CATALOGUES = ['moon.jpg', 'stars.bin', 'coastline-50m.bin'];

/** A map's file and its mip levels' files, as they are asked for (mip-levels.ts). */
const withLevels = (...files: string[]) =>
  withMipLevels(files.map((file) => `/textures/${file}`)).map((url) => url.split('/').pop()!);

describe('a scene view starts loading everything its first frame needs before any part waits', () => {
  afterEach(() => vi.restoreAllMocks());

  it("asks for every craft's model before any part of the view waits", async () => {
    const { scene, renderer, beforeWaiting } = await renderWhileMapsLoad('apollo-soyuz', 'medium');
    // Nothing of the scene is committed: only the fallback stands.
    expect(renderer.scene.children).toHaveLength(0);
    const models = new Set(scene.bodies.map((body) => body.model));
    expect(models.size).toBeGreaterThan(2);
    expect(new Set(beforeWaiting.models)).toEqual(models);
    await renderer.unmount();
  });

  it("asks for the first picture's loads at every tier: the low tier's preview, the Moon's map, the stars", async () => {
    // The asked tier's full maps follow once these are in: fetched beside them, they slowed
    // them down (picture-tier.ts).
    for (const [id, quality] of [
      ['sputnik-1', 'medium'],
      ['vostok-1', 'low'],
    ] as const) {
      const view = await renderWhileMapsLoad(id, quality);
      expect(new Set(view.beforeWaiting.files)).toEqual(
        new Set(['earth-low-preview.webp', 'moon.jpg', 'stars.bin']),
      );
      await view.renderer.unmount();
    }
  });

  it('asks for the full maps with their mip levels, and no preview, where the first frame is drawn with them (the recorder)', async () => {
    const medium = await renderWhileMapsLoad('sputnik-1', 'medium', 'images', false);
    expect(new Set(medium.beforeWaiting.files)).toEqual(
      new Set([
        ...withLevels('earth-day.jpg', 'earth-night.jpg', 'earth-water.png', 'earth-clouds.jpg'),
        ...MOON_AND_CATALOGUES,
      ]),
    );
    await medium.renderer.unmount();
    const low = await renderWhileMapsLoad('vostok-1', 'low', 'images', false);
    expect(new Set(low.beforeWaiting.files)).toEqual(
      new Set([...withLevels('earth-low.webp'), 'moon.jpg', 'stars.bin']),
    );
    await low.renderer.unmount();
  });

  it('asks for the KTX2 maps where the view draws them', async () => {
    const medium = await renderWhileMapsLoad('sputnik-1', 'medium', 'ktx2', false);
    expect(new Set(medium.beforeWaiting.files)).toEqual(
      new Set([
        'earth-day.ktx2',
        'earth-night.ktx2',
        'earth-water.ktx2',
        'earth-clouds.ktx2',
        // The Moon's map is an image in every format: it is part of the first picture.
        ...MOON_AND_CATALOGUES,
      ]),
    );
    await medium.renderer.unmount();
    // The low tier's baked map has no KTX2 version: the software renderers' tier.
    const low = await renderWhileMapsLoad('vostok-1', 'low', 'ktx2', false);
    expect(new Set(low.beforeWaiting.files)).toEqual(
      new Set([...withLevels('earth-low.webp'), 'moon.jpg', 'stars.bin']),
    );
    await low.renderer.unmount();
  });

  it('asks for the bloom where the first frame draws through it, and not for a first picture', async () => {
    const recorder = await renderWhileMapsLoad('sputnik-1', 'medium', 'images', false);
    expect(recorder.beforeWaiting.bloom).toBeGreaterThan(0);
    await recorder.renderer.unmount();
    for (const quality of ['medium', 'low'] as const) {
      const view = await renderWhileMapsLoad('sputnik-1', quality);
      expect(view.beforeWaiting.bloom).toBe(0);
      await view.renderer.unmount();
    }
  });
});
