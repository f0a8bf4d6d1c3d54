import ReactThreeTestRenderer from '@react-three/test-renderer';
import { Suspense } from 'react';
import * as THREE from 'three';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { forgetLoadedAssets } from '../../../src/view/asset-loads.ts';
import { createAtmosphereSource } from '../../../src/view/atmosphere-model.ts';
import { createAtmosphereTextures } from '../../../src/view/atmosphere-textures.ts';
import { Earth } from '../../../src/view/Earth.tsx';
import { FULL_MAPS_PENDING } from '../../../src/view/earth-maps.tsx';
import { PendingMarker } from '../../../src/view/PendingMarker.tsx';
import { QUALITY_SETTINGS } from '../../../src/view/quality.ts';
import { createReadiness } from '../../../src/view/readiness.ts';
import { ViewContext, type ViewServices } from '../../../src/view/view-context.ts';

// Its catalogue is a file fetch of its own; not what is checked here.
vi.mock('../../../src/view/Coastlines.tsx', () => ({ Coastlines: () => null }));

// act() from the test renderer, as React expects of a test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const atmosphere = createAtmosphereTextures(createAtmosphereSource().tables());
/** The full maps' loads, held until a test lets them arrive (`arriveAtOnce`: not held). */
let heldFull: (() => void)[] = [];
let arriveAtOnce = false;

function services(): ViewServices {
  return {
    readiness: createReadiness(),
    atmosphere: createAtmosphereSource(),
    screenPass: { current: null },
    environmentEpoch: { current: 0 },
    earthMaps: { current: null },
  };
}

async function mountEarth(quality: 'low' | 'medium', view = services(), previewMaps = true) {
  const renderer = await ReactThreeTestRenderer.create(
    <ViewContext.Provider value={view}>
      <Suspense fallback={<PendingMarker label="scene assets" />}>
        <Earth
          frameRef={{ current: null }}
          quality={QUALITY_SETTINGS[quality]}
          atmosphere={atmosphere}
          nightLights={1}
          previewMaps={previewMaps}
        />
      </Suspense>
    </ViewContext.Provider>,
  );
  const groundTexture = () => {
    const earth = renderer.scene.findByProps({ name: 'earth' });
    const mesh = earth.children.find((child) => child.type === 'Mesh')!;
    const { uniforms } = (mesh.instance as THREE.Mesh).material as THREE.ShaderMaterial;
    return (quality === 'low' ? uniforms.surfaceMap : uniforms.dayMap)!.value as THREE.Texture;
  };
  const groundMap = () => groundTexture().name;
  const material = () => {
    const earth = renderer.scene.findByProps({ name: 'earth' });
    const mesh = earth.children.find((child) => child.type === 'Mesh')!;
    return (mesh.instance as THREE.Mesh).material as THREE.ShaderMaterial;
  };
  const frames = (n: number) => ReactThreeTestRenderer.act(() => renderer.advanceFrames(n, 1 / 30));
  return { renderer, view, readiness: view.readiness, groundTexture, groundMap, material, frames };
}

const arrive = () =>
  ReactThreeTestRenderer.act(async () => {
    for (const load of heldFull.splice(0)) load();
    await Promise.resolve();
  });

describe('the Earth draws from its preview maps first', () => {
  beforeEach(() => {
    forgetLoadedAssets();
    heldFull = [];
    arriveAtOnce = false;
    vi.spyOn(THREE.TextureLoader.prototype, 'load').mockImplementation((url, onLoad) => {
      const map = new THREE.Texture<HTMLImageElement>();
      map.name = url.split('/').pop()!;
      const load = () => onLoad!(map);
      if (url.includes('-preview') || arriveAtOnce) queueMicrotask(load);
      else heldFull.push(load);
      return map;
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it.each([
    ['medium', 'earth-day', 4],
    ['low', 'earth-low', 1],
  ] as const)(
    'at %s: a complete picture from the previews, not ready until the full maps take over',
    async (quality, ground, fullCount) => {
      const earth = await mountEarth(quality);
      await earth.frames(3);
      expect(earth.groundMap()).toMatch(new RegExp(`^${ground}-preview\\.`));
      // A visitor may look at it; seek() and the recorder still wait.
      expect(earth.readiness.isComplete()).toBe(true);
      expect(earth.readiness.isReady()).toBe(false);
      expect(earth.readiness.pending()).toEqual([FULL_MAPS_PENDING]);
      expect(heldFull).toHaveLength(fullCount);

      await arrive();
      expect(earth.groundMap()).toMatch(new RegExp(`^${ground}\\.`));
      expect(earth.readiness.isReady()).toBe(true);
      await earth.renderer.unmount();
    },
  );

  it('draws the previews for two frames even when the full maps are already fetched', async () => {
    // A cold start from a warm cache: every map is in by the time the view commits, but the
    // full ones are not yet decoded and uploaded, which takes a software renderer seconds.
    arriveAtOnce = true;
    const earth = await mountEarth('low');
    expect(earth.groundMap()).toBe('earth-low-preview.webp');
    await earth.frames(1);
    expect(earth.groundMap()).toBe('earth-low-preview.webp');
    expect(earth.readiness.isReady()).toBe(false);
    await earth.frames(1);
    expect(earth.groundMap()).toBe('earth-low.webp');
    expect(earth.readiness.isReady()).toBe(true);
    await earth.renderer.unmount();
  });

  it.each(['medium', 'low'] as const)(
    "at %s: the full maps take the previews' place in the same material, so its shader is not compiled again",
    async (quality) => {
      const earth = await mountEarth(quality);
      await earth.frames(2);
      const drawn = earth.material();
      const released = vi.fn();
      drawn.addEventListener('dispose', released);
      await arrive();
      await earth.frames(1);
      expect(earth.groundMap()).not.toMatch(/-preview\./);
      // A new material would release the program and compile it again (1 s on SwiftShader).
      expect(earth.material()).toBe(drawn);
      expect(released).not.toHaveBeenCalled();
      await earth.renderer.unmount();
      expect(released).toHaveBeenCalledOnce();
    },
  );

  it('keeps the grey masks (clouds, water) in one channel and the colour maps in sRGB', async () => {
    const earth = await mountEarth('medium');
    await earth.frames(2);
    await arrive();
    const { uniforms } = earth.material();
    const map = (name: string) => uniforms[name]!.value as THREE.Texture;
    // A quarter of the bytes to decode into, copy and keep as RGBA: 0.4 s less on SwiftShader.
    for (const name of ['cloudsMap', 'waterMap']) {
      expect(map(name).name).not.toMatch(/-preview\./);
      expect(map(name).format).toBe(THREE.RedFormat);
      expect(map(name).colorSpace).toBe(THREE.NoColorSpace);
    }
    for (const name of ['dayMap', 'nightMap']) {
      expect(map(name).format).toBe(THREE.RGBAFormat);
      expect(map(name).colorSpace).toBe(THREE.SRGBColorSpace);
    }
    await earth.renderer.unmount();
  });

  it('draws the full maps as soon as they are in while recording, which draws no frame before', async () => {
    arriveAtOnce = true;
    const earth = await mountEarth('low', services(), false);
    expect(earth.groundMap()).toBe('earth-low.webp');
    expect(earth.readiness.isReady()).toBe(true);
    await earth.renderer.unmount();
  });

  it('draws full maps already on the GPU at once on a later mount, and frees the previews', async () => {
    const view = services();
    const first = await mountEarth('medium', view);
    await first.frames(2);
    expect(view.earthMaps.current).toBeNull();
    const preview = first.groundTexture();
    const previewDisposed = vi.fn();
    preview.addEventListener('dispose', previewDisposed);
    await arrive();
    // Their GPU copies are not needed once the full maps are drawn.
    expect(previewDisposed).toHaveBeenCalledOnce();
    const dispose = vi.fn();
    const full = view.earthMaps.current!;
    expect(full.map((map) => map.name)).toEqual([
      'earth-day.jpg',
      'earth-night.jpg',
      'earth-water.png',
      'earth-clouds.jpg',
    ]);
    for (const map of full) map.addEventListener('dispose', dispose);
    await first.renderer.unmount();

    // The next scene, at the same tier: its first frame is at full quality.
    const again = await mountEarth('medium', view);
    expect(again.groundMap()).toBe('earth-day.jpg');
    expect(again.readiness.isReady()).toBe(true);
    await again.frames(2);
    // The maps it draws were not released on the way.
    expect(dispose).not.toHaveBeenCalled();
    await again.renderer.unmount();
  });
});
