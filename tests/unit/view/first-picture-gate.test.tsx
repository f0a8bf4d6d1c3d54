import { useLoader } from '@react-three/fiber';
import ReactThreeTestRenderer from '@react-three/test-renderer';
import { Suspense, useLayoutEffect } from 'react';
import * as THREE from 'three';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ModelLoader } from '../../../models/index.ts';
import { forgetLoadedAssets } from '../../../src/view/asset-loads.ts';
import { ASSET_URLS, asBinary } from '../../../src/view/asset-urls.ts';
import { createAtmosphereSource } from '../../../src/view/atmosphere-model.ts';
import { GpuMapLoader } from '../../../src/view/gpu-maps.ts';
import { useEarthMaps, type EarthMapStage } from '../../../src/view/earth-maps.tsx';
import { FULL_MAPS_PENDING } from '../../../src/view/picture-tier.ts';
import type { Quality, QualitySettings } from '../../../src/view/quality.ts';
import { createReadiness, type Readiness } from '../../../src/view/readiness.ts';
import { ErrorBoundary } from '../../../src/ui/ErrorBoundary.tsx';
import { SceneView } from '../../../src/view/SceneView.tsx';
import type * as SunBloomModule from '../../../src/view/sun-bloom.ts';
import { withMipLevels } from '../../../src/view/mip-levels.ts';
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
/** The Earth's maps as each frame would draw them: the tier's kind and the stage. */
const earthDrawn = vi.hoisted(() => ({ current: '' }));
vi.mock('../../../src/view/Earth.tsx', () => ({
  Earth: ({ quality, maps }: { quality: QualitySettings; maps: EarthMapStage }) => {
    const drawn = useEarthMaps(quality.bakedEarth, maps, 'images');
    useMounted('earth');
    useLayoutEffect(() => {
      earthDrawn.current = drawn.map((map) => map.name).join(' ');
    }, [drawn]);
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
    (make: (url: string) => unknown) =>
    (
      url: string,
      onLoad?: (data: never) => void,
      _progress?: unknown,
      onError?: (e: unknown) => void,
    ) => {
      held.push({
        url,
        arrive: () => onLoad?.(make(url) as never),
        fail: () => onError?.(new Error('404')),
      });
      return undefined as never;
    };
  vi.spyOn(THREE.TextureLoader.prototype, 'load').mockImplementation(
    hold((url) => Object.assign(new THREE.Texture(), { name: url.split('/').pop() })),
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
  quality: Quality = 'low',
  firstPicture = true,
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
  earthDrawn.current = '';
  const scene = loadRepoScene(sceneId);
  const element = (asked: Quality, first = firstPicture) => (
    <ViewContext.Provider value={services}>
      <ErrorBoundary fallback={null} onError={(e) => onError(e as Error)}>
        <Suspense fallback={<CountedFallback />}>
          <SceneView
            scene={scene}
            loadId={1}
            frameRef={{ current: null }}
            scripted
            quality={asked}
            maps="images"
            firstPicture={first}
          />
        </Suspense>
      </ErrorBoundary>
    </ViewContext.Provider>
  );
  const renderer = await ReactThreeTestRenderer.create(element(quality));
  return Object.assign(renderer, {
    /** A visitor or the automatic tuning asks for another tier. */
    ask: (asked: Quality, first = firstPicture) =>
      ReactThreeTestRenderer.act(async () => renderer.update(element(asked, first))),
    frames: (n: number) => ReactThreeTestRenderer.act(() => renderer.advanceFrames(n, 1 / 30)),
  });
}

/** Lets the held loads whose URL passes `which` arrive. */
async function arrive(which: (url: string) => boolean) {
  await ReactThreeTestRenderer.act(async () => {
    for (const load of held.splice(0)) {
      if (which(load.url)) load.arrive();
      else held.push(load);
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

const asked = () => held.map((load) => load.url.split('/').pop()!);

/** A map's file and its mip levels' files, as they are asked for (mip-levels.ts). */
const withLevels = (...files: string[]) =>
  withMipLevels(files.map((file) => `/textures/${file}`)).map((url) => url.split('/').pop()!);

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

  it("waits for the bloom's code too where the first frame draws through it (the recorder at medium)", async () => {
    // Else the view would mount, then wait for the code: a fallback shown, the picture held back.
    const readiness = createReadiness();
    const renderer = await renderView('sputnik-1', readiness, undefined, 'medium', false);
    await arrive(() => true);
    expect(mounted).toEqual([]);
    await ReactThreeTestRenderer.act(async () => {
      bloom.arrive();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(new Set(mounted)).toEqual(new Set(['earth', 'moon', 'stars', 'craft sputnik-1']));
    expect(fallbacks.committed).toBe(0);
    expect(readiness.isReady()).toBe(true);
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

describe('the first picture is drawn at low from the previews; the asked tier follows whole', () => {
  afterEach(() => vi.restoreAllMocks());

  it('at medium: a complete low picture from the baked preview, not ready until medium takes over', async () => {
    const readiness = createReadiness();
    const view = await renderView('sputnik-1', readiness, undefined, 'medium');
    // One 1024-wide map, no coastlines, no bloom: the fewest loads and shaders there are.
    expect(new Set(asked())).toEqual(
      new Set(['earth-low-preview.webp', 'moon.jpg', 'stars.bin', 'sputnik-1']),
    );
    expect(bloom.code).toBeNull();
    await arrive(() => true);
    expect(earthDrawn.current).toBe('earth-low-preview.webp');
    expect(readiness.isComplete()).toBe(true);
    expect(readiness.pending()).toEqual([FULL_MAPS_PENDING]);
    // Now, and not before, the asked tier's own loads: never the low tier's full map.
    expect(new Set(asked())).toEqual(
      new Set([
        ...withLevels('earth-day.jpg', 'earth-night.jpg', 'earth-water.png', 'earth-clouds.jpg'),
        'coastline-50m.bin',
      ]),
    );
    expect(bloom.code).not.toBeNull();

    await view.frames(2);
    await arrive(() => true);
    // Everything but the bloom's code: medium is not drawn piecemeal.
    expect(earthDrawn.current).toBe('earth-low-preview.webp');
    expect(readiness.isReady()).toBe(false);
    await ReactThreeTestRenderer.act(async () => {
      bloom.arrive();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(earthDrawn.current).toBe(
      'earth-day.jpg earth-night.jpg earth-water.png earth-clouds.jpg',
    );
    expect(readiness.isReady()).toBe(true);
    expect(fallbacks.committed).toBe(0);
    await view.unmount();
  });

  it('shows the first picture for two frames even when the full maps are already in', async () => {
    // A cold start from a warm cache: every map is in by the time the view commits, but the
    // full ones are not yet decoded and uploaded, which takes a software renderer seconds.
    const readiness = createReadiness();
    const view = await renderView('sputnik-1', readiness, undefined, 'low');
    await arrive(() => true);
    await arrive(() => true);
    expect(earthDrawn.current).toBe('earth-low-preview.webp');
    await view.frames(1);
    expect(earthDrawn.current).toBe('earth-low-preview.webp');
    expect(readiness.isReady()).toBe(false);
    await view.frames(1);
    expect(earthDrawn.current).toBe('earth-low.webp');
    expect(readiness.isReady()).toBe(true);
    await view.unmount();
  });

  it('keeps drawing the tier before while a newly asked tier loads, then draws it from full maps', async () => {
    const readiness = createReadiness();
    const view = await renderView('sputnik-1', readiness, undefined, 'medium');
    await arrive(() => true);
    await view.frames(2);
    await ReactThreeTestRenderer.act(async () => bloom.arrive());
    await arrive(() => true);
    expect(earthDrawn.current).toMatch(/^earth-day\.jpg/);
    expect(readiness.isReady()).toBe(true);

    // Automatic tuning steps down: medium goes on until the low tier's map is in.
    await view.ask('low');
    expect(asked()).toEqual(withLevels('earth-low.webp'));
    expect(earthDrawn.current).toMatch(/^earth-day\.jpg/);
    expect(readiness.pending()).toEqual([FULL_MAPS_PENDING]);
    await arrive(() => true);
    // No preview in between: the picture goes from one tier's full maps to the other's.
    expect(earthDrawn.current).toBe('earth-low.webp');
    expect(readiness.isReady()).toBe(true);
    expect(fallbacks.committed).toBe(0);
    await view.unmount();
  });

  it('goes to the asked tier without waiting for frames once a recording begins', async () => {
    // The recorder draws a frame only once it may keep it: nothing else would count them.
    const readiness = createReadiness();
    const view = await renderView('sputnik-1', readiness, undefined, 'medium');
    await arrive(() => true);
    expect(earthDrawn.current).toBe('earth-low-preview.webp');
    await view.ask('high', false);
    await ReactThreeTestRenderer.act(async () => bloom.arrive());
    await arrive(() => true);
    expect(earthDrawn.current).toBe(
      'earth-day.jpg earth-night.jpg earth-water.png earth-clouds.jpg',
    );
    expect(readiness.isReady()).toBe(true);
    await view.unmount();
  });

  it("draws the recorder's first frame at the asked tier from full maps, never a preview", async () => {
    const readiness = createReadiness();
    const view = await renderView('sputnik-1', readiness, undefined, 'low', false);
    expect(new Set(asked())).toEqual(
      new Set([...withLevels('earth-low.webp'), 'moon.jpg', 'stars.bin', 'sputnik-1']),
    );
    await arrive(() => true);
    expect(earthDrawn.current).toBe('earth-low.webp');
    expect(readiness.isReady()).toBe(true);
    await view.unmount();
  });
});
