import ReactThreeTestRenderer from '@react-three/test-renderer';
import { Suspense } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as THREE from 'three';
import { ModelLoader } from '../../../models/index.ts';
import { forgetLoadedAssets } from '../../../src/view/asset-loads.ts';
import { createAtmosphereSource } from '../../../src/view/atmosphere-model.ts';
import { GpuMapLoader } from '../../../src/view/gpu-maps.ts';
import type { MapFormat } from '../../../src/view/map-format.ts';
import { QUALITY_SETTINGS } from '../../../src/view/quality.ts';
import { createReadiness } from '../../../src/view/readiness.ts';
import type * as SunBloomModule from '../../../src/view/sun-bloom.ts';
import { SceneView } from '../../../src/view/SceneView.tsx';
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
  previewMaps = true,
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
          quality={QUALITY_SETTINGS[quality]}
          maps={maps}
          previewMaps={previewMaps}
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

/** What the medium tier asks for besides its full maps, in either map format. */
const MEDIUM_PREVIEWS = [
  'earth-day-preview.jpg',
  'earth-night-preview.jpg',
  'earth-water-preview.png',
  'earth-clouds-preview.jpg',
];
const MOON_AND_CATALOGUES = ['moon.jpg', 'stars.bin', 'coastline-50m.bin'];

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

  it("asks for the Earth's previews of its tier, the Moon's map and the catalogues, not yet its full maps", async () => {
    // The full maps follow once these are in: fetched beside them, they slowed them down.
    const medium = await renderWhileMapsLoad('sputnik-1', 'medium');
    expect(new Set(medium.beforeWaiting.files)).toEqual(
      new Set([...MEDIUM_PREVIEWS, ...MOON_AND_CATALOGUES]),
    );
    await medium.renderer.unmount();
    const low = await renderWhileMapsLoad('vostok-1', 'low');
    // The cheap tier's one baked map's preview, and no coastlines.
    expect(new Set(low.beforeWaiting.files)).toEqual(
      new Set(['earth-low-preview.webp', 'moon.jpg', 'stars.bin']),
    );
    await low.renderer.unmount();
  });

  it('asks for the full maps at once where the first frame is drawn with them (the recorder)', async () => {
    const medium = await renderWhileMapsLoad('sputnik-1', 'medium', 'images', false);
    expect(new Set(medium.beforeWaiting.files)).toEqual(
      new Set([
        ...MEDIUM_PREVIEWS,
        'earth-day.jpg',
        'earth-night.jpg',
        'earth-water.png',
        'earth-clouds.jpg',
        ...MOON_AND_CATALOGUES,
      ]),
    );
    await medium.renderer.unmount();
    const low = await renderWhileMapsLoad('vostok-1', 'low', 'images', false);
    expect(new Set(low.beforeWaiting.files)).toEqual(
      new Set(['earth-low-preview.webp', 'earth-low.webp', 'moon.jpg', 'stars.bin']),
    );
    await low.renderer.unmount();
  });

  it('asks for the KTX2 maps where the view draws them, and the previews as images', async () => {
    const medium = await renderWhileMapsLoad('sputnik-1', 'medium', 'ktx2', false);
    expect(new Set(medium.beforeWaiting.files)).toEqual(
      new Set([
        ...MEDIUM_PREVIEWS,
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
      new Set(['earth-low-preview.webp', 'earth-low.webp', 'moon.jpg', 'stars.bin']),
    );
    await low.renderer.unmount();
  });

  it('asks for the bloom on a tier that draws through it, and not on the low tier', async () => {
    const medium = await renderWhileMapsLoad('sputnik-1', 'medium');
    expect(medium.beforeWaiting.bloom).toBeGreaterThan(0);
    await medium.renderer.unmount();
    const low = await renderWhileMapsLoad('sputnik-1', 'low');
    expect(low.beforeWaiting.bloom).toBe(0);
    await low.renderer.unmount();
  });
});
