import { useLoader } from '@react-three/fiber';
import ReactThreeTestRenderer from '@react-three/test-renderer';
import { Suspense, useLayoutEffect } from 'react';
import * as THREE from 'three';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ModelLoader } from '../../../models/index.ts';
import { forgetLoadedAssets } from '../../../src/view/asset-loads.ts';
import { ASSET_URLS, asBinary, earthMapUrls } from '../../../src/view/asset-urls.ts';
import { createAtmosphereSource } from '../../../src/view/atmosphere-model.ts';
import { GpuMapLoader } from '../../../src/view/gpu-maps.ts';
import type { QualitySettings } from '../../../src/view/quality.ts';
import { QUALITY_SETTINGS } from '../../../src/view/quality.ts';
import { createReadiness, type Readiness } from '../../../src/view/readiness.ts';
import { ErrorBoundary } from '../../../src/ui/ErrorBoundary.tsx';
import { SceneView } from '../../../src/view/SceneView.tsx';
import type * as SunBloomModule from '../../../src/view/sun-bloom.ts';
import { ViewContext, type ViewServices } from '../../../src/view/view-context.ts';
import { loadRepoScene } from '../../helpers/scenes.ts';

// The parts ask for what they draw with as the real ones do (the same loaders and URLs), and
// say when they mount; what they would draw does not matter here.
const mounted = vi.hoisted(() => [] as string[]);
function useMounted(name: string) {
  useLayoutEffect(() => {
    mounted.push(name);
  }, [name]);
}
vi.mock('../../../src/view/Earth.tsx', () => ({
  Earth: ({ quality }: { quality: QualitySettings }) => {
    useLoader(THREE.TextureLoader, earthMapUrls(quality.bakedEarth, 'preview'));
    useMounted('earth');
    return null;
  },
}));
vi.mock('../../../src/view/Moon.tsx', () => ({
  Moon: () => {
    useLoader(THREE.TextureLoader, ASSET_URLS.moon);
    useMounted('moon');
    return null;
  },
}));
vi.mock('../../../src/view/Stars.tsx', () => ({
  Stars: () => {
    useLoader(THREE.FileLoader, ASSET_URLS.stars, asBinary);
    useMounted('stars');
    return null;
  },
}));
vi.mock('../../../src/view/Craft.tsx', () => ({
  Craft: ({ model }: { model: string }) => {
    useLoader(ModelLoader, model);
    useMounted(`craft ${model}`);
    return null;
  },
}));
vi.mock('../../../src/view/SunGlare.tsx', () => ({ SunGlare: () => null }));
vi.mock('../../../src/view/EnvironmentFromSky.tsx', () => ({ EnvironmentFromSky: () => null }));
// The bloom's code (medium and high), held like the loads.
const bloom = vi.hoisted(() => ({
  code: null as Promise<unknown> | null,
  inHand: undefined as unknown,
  arrive: () => {},
}));
vi.mock('../../../src/view/sun-bloom.ts', async (actual) => ({
  ...(await actual<typeof SunBloomModule>()),
  sunBloomCode: () =>
    (bloom.code ??= new Promise((resolve) => {
      bloom.arrive = () => resolve((bloom.inHand = {}));
    })),
  sunBloomCodeIn: () => bloom.inHand,
  createSunBloom: () => ({ render: () => undefined, dispose: () => undefined }),
}));

/** Every load asked for, held until the test lets it arrive (or fail). */
interface HeldLoad {
  url: string;
  arrive: () => void;
  fail: () => void;
}
let held: HeldLoad[] = [];

function holdLoads() {
  held = [];
  const hold =
    (make: () => unknown) =>
    (
      url: string,
      onLoad?: (data: never) => void,
      _progress?: unknown,
      onError?: (e: unknown) => void,
    ) => {
      held.push({
        url,
        arrive: () => onLoad?.(make() as never),
        fail: () => onError?.(new Error('404')),
      });
      return undefined as never;
    };
  vi.spyOn(THREE.TextureLoader.prototype, 'load').mockImplementation(
    hold(() => new THREE.Texture()),
  );
  vi.spyOn(THREE.FileLoader.prototype, 'load').mockImplementation(hold(() => new ArrayBuffer(8)));
  vi.spyOn(GpuMapLoader.prototype, 'load').mockImplementation(hold(() => new THREE.Texture()));
  vi.spyOn(ModelLoader.prototype, 'load').mockImplementation(hold(() => () => new THREE.Group()));
}

/** Lets every held load but the Earth's full maps arrive (they follow the first picture). */
async function firstPictureArrives(except: (url: string) => boolean = () => false) {
  await ReactThreeTestRenderer.act(async () => {
    for (const load of held) {
      if (/earth-[a-z]+\.(jpg|png|webp|ktx2)$/.test(load.url)) continue;
      if (except(load.url)) load.fail();
      else load.arrive();
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

/** The fallback a Suspense boundary above the view would show, counting its commits. */
const fallbacks = { committed: 0 };
function CountedFallback() {
  useLayoutEffect(() => {
    fallbacks.committed += 1;
  }, []);
  return null;
}

async function renderView(
  sceneId: string,
  readiness: Readiness,
  onError = (_: Error) => {},
  quality: 'low' | 'medium' = 'low',
) {
  forgetLoadedAssets();
  Object.assign(bloom, { code: null, inHand: undefined });
  mounted.length = 0;
  fallbacks.committed = 0;
  holdLoads();
  const services: ViewServices = {
    readiness,
    atmosphere: createAtmosphereSource(),
    screenPass: { current: null },
    environmentEpoch: { current: 0 },
    earthMaps: { current: null },
  };
  return ReactThreeTestRenderer.create(
    <ViewContext.Provider value={services}>
      <ErrorBoundary fallback={null} onError={(e) => onError(e as Error)}>
        <Suspense fallback={<CountedFallback />}>
          <SceneView
            scene={loadRepoScene(sceneId)}
            loadId={1}
            frameRef={{ current: null }}
            scripted
            quality={QUALITY_SETTINGS[quality]}
            maps="images"
          />
        </Suspense>
      </ErrorBoundary>
    </ViewContext.Provider>,
  );
}

describe("the view's first picture: its parts mount together once their loads are in", () => {
  afterEach(() => vi.restoreAllMocks());

  it('mounts no part while a load is under way, and says what it waits for', async () => {
    const readiness = createReadiness();
    const renderer = await renderView('apollo-soyuz', readiness);
    expect(mounted).toEqual([]);
    expect(readiness.pending()).toContain('scene assets');
    await renderer.unmount();
  });

  it('then mounts every part in one commit, without React ever showing a fallback', async () => {
    // A fallback once shown makes React hold back the content that replaces it for up to 0.3 s.
    const readiness = createReadiness();
    const renderer = await renderView('apollo-soyuz', readiness);
    await firstPictureArrives();
    const models = new Set(loadRepoScene('apollo-soyuz').bodies.map((b) => `craft ${b.model}`));
    expect(new Set(mounted)).toEqual(new Set(['earth', 'moon', 'stars', ...models]));
    expect(fallbacks.committed).toBe(0);
    expect(readiness.pending()).not.toContain('scene assets');
    await renderer.unmount();
  });

  it('waits for the last load, not only the first', async () => {
    const renderer = await renderView('sputnik-1', createReadiness());
    const isStars = (load: HeldLoad) => load.url.endsWith('stars.bin');
    await ReactThreeTestRenderer.act(async () => {
      for (const load of held) if (!isStars(load)) load.arrive();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(mounted).toEqual([]);
    await ReactThreeTestRenderer.act(async () => {
      held.find(isStars)!.arrive();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(mounted).toContain('stars');
    expect(mounted).toContain('earth');
    expect(fallbacks.committed).toBe(0);
    await renderer.unmount();
  });

  it("waits for the bloom's code too where the tier draws through it", async () => {
    // Else the view would mount, then wait for the code: a fallback shown, the picture held back.
    const readiness = createReadiness();
    const renderer = await renderView('sputnik-1', readiness, undefined, 'medium');
    await firstPictureArrives();
    expect(mounted).toEqual([]);
    await ReactThreeTestRenderer.act(async () => {
      bloom.arrive();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(new Set(mounted)).toEqual(new Set(['earth', 'moon', 'stars', 'craft sputnik-1']));
    expect(fallbacks.committed).toBe(0);
    await renderer.unmount();
  });

  it('lets a failed load reach the error boundary instead of waiting for it for ever', async () => {
    const errors: Error[] = [];
    const renderer = await renderView('sputnik-1', createReadiness(), (e) => errors.push(e));
    await firstPictureArrives((url) => url.endsWith('moon.jpg'));
    expect(errors.map((e) => e.message)).toEqual([expect.stringContaining('moon.jpg')]);
    await renderer.unmount();
  });
});
