import ReactThreeTestRenderer from '@react-three/test-renderer';
import { Suspense } from 'react';
import * as THREE from 'three';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { forgetLoadedAssets } from '../../../src/view/asset-loads.ts';
import { createAtmosphereSource } from '../../../src/view/atmosphere-model.ts';
import { createAtmosphereTextures } from '../../../src/view/atmosphere-textures.ts';
import { Earth } from '../../../src/view/Earth.tsx';
import type { EarthMapStage } from '../../../src/view/earth-maps.tsx';
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

async function mountEarth(
  quality: 'low' | 'medium',
  view = services(),
  stage: EarthMapStage = 'preview',
) {
  const element = (maps: EarthMapStage) => (
    <ViewContext.Provider value={view}>
      <Suspense fallback={<PendingMarker label="scene assets" />}>
        <Earth
          frameRef={{ current: null }}
          quality={QUALITY_SETTINGS[quality]}
          atmosphere={atmosphere}
          nightLights={1}
          maps={maps}
        />
      </Suspense>
    </ViewContext.Provider>
  );
  const renderer = await ReactThreeTestRenderer.create(element(stage));
  const material = () => {
    const earth = renderer.scene.findByProps({ name: 'earth' });
    const mesh = earth.children.find((child) => child.type === 'Mesh')!;
    return (mesh.instance as THREE.Mesh).material as THREE.ShaderMaterial;
  };
  const groundTexture = () => {
    const { uniforms } = material();
    return (quality === 'low' ? uniforms.surfaceMap : uniforms.dayMap)!.value as THREE.Texture;
  };
  const groundMap = () => groundTexture().name;
  /** The view draws the full maps now (picture-tier.ts decides when). */
  const toFull = () => ReactThreeTestRenderer.act(async () => renderer.update(element('full')));
  return { renderer, view, groundTexture, groundMap, material, toFull };
}

const arrive = () =>
  ReactThreeTestRenderer.act(async () => {
    for (const load of heldFull.splice(0)) load();
    await Promise.resolve();
  });

describe("the Earth's maps: previews first, then the full maps", () => {
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
    ['medium', 'earth-day'],
    ['low', 'earth-low'],
  ] as const)(
    "at %s: the full maps take the previews' place in the same material, so its shader is not compiled again",
    async (quality, ground) => {
      arriveAtOnce = true;
      const earth = await mountEarth(quality);
      expect(earth.groundMap()).toBe(`${ground}-preview.${quality === 'low' ? 'webp' : 'jpg'}`);
      const drawn = earth.material();
      const released = vi.fn();
      drawn.addEventListener('dispose', released);
      await earth.toFull();
      expect(earth.groundMap()).toMatch(new RegExp(`^${ground}\\.`));
      // A new material would release the program and compile it again (1 s on SwiftShader).
      expect(earth.material()).toBe(drawn);
      expect(released).not.toHaveBeenCalled();
      await earth.renderer.unmount();
      expect(released).toHaveBeenCalledOnce();
    },
  );

  it('keeps the grey masks (clouds, water) in one channel and the colour maps in sRGB', async () => {
    arriveAtOnce = true;
    const earth = await mountEarth('medium', services(), 'full');
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

  it('waits for its full maps where it is to draw them (the recorder), never drawing a preview', async () => {
    const view = services();
    const earth = await mountEarth('low', view, 'full');
    expect(view.readiness.pending()).toEqual(['scene assets']);
    expect(() => earth.renderer.scene.findByProps({ name: 'earth' })).toThrow();
    await arrive();
    expect(earth.groundMap()).toBe('earth-low.webp');
    expect(view.readiness.isReady()).toBe(true);
    await earth.renderer.unmount();
  });

  it('frees the previews once the full maps are drawn, and a later view draws the same full maps without releasing them', async () => {
    arriveAtOnce = true;
    const view = services();
    const first = await mountEarth('medium', view);
    expect(view.earthMaps.current).toBeNull();
    const preview = first.groundTexture();
    const previewDisposed = vi.fn();
    preview.addEventListener('dispose', previewDisposed);
    await first.toFull();
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

    const again = await mountEarth('medium', view, 'full');
    expect(again.groundMap()).toBe('earth-day.jpg');
    await again.renderer.unmount();
    expect(dispose).not.toHaveBeenCalled();
  });

  it("releases a tier's full maps once another tier's take their place", async () => {
    arriveAtOnce = true;
    const view = services();
    const medium = await mountEarth('medium', view, 'full');
    const dispose = vi.fn();
    for (const map of view.earthMaps.current!) map.addEventListener('dispose', dispose);
    await medium.renderer.unmount();
    const low = await mountEarth('low', view, 'full');
    expect(low.groundMap()).toBe('earth-low.webp');
    expect(dispose).toHaveBeenCalledTimes(4);
    await low.renderer.unmount();
  });
});
