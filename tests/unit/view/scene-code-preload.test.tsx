import ReactThreeTestRenderer from '@react-three/test-renderer';
import { Suspense } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ModelLoader } from '../../../models/index.ts';
import { createAtmosphereSource } from '../../../src/view/atmosphere-model.ts';
import { QUALITY_SETTINGS } from '../../../src/view/quality.ts';
import { createReadiness } from '../../../src/view/readiness.ts';
import type * as SunBloomModule from '../../../src/view/sun-bloom.ts';
import { SceneView } from '../../../src/view/SceneView.tsx';
import { ViewContext, type ViewServices } from '../../../src/view/view-context.ts';
import { loadRepoScene } from '../../helpers/scenes.ts';

// The stars' catalogue and the Earth's and the Moon's maps never arrive here: the view stays
// suspended on them, as a cold start does while they are fetched. The stars are the view's
// first part to wait: what has been asked for by then was asked for before any waiting.
const never = new Promise<never>(() => undefined);
const asked = vi.hoisted(() => ({
  models: [] as string[],
  bloom: 0,
  beforeWaiting: null as null | { models: string[]; bloom: number },
}));
vi.mock('../../../src/view/Stars.tsx', () => ({
  Stars: () => {
    asked.beforeWaiting ??= { models: [...asked.models], bloom: asked.bloom };
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
  preloadSunBloom: () => {
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

async function renderWhileMapsLoad(sceneId: string, quality: 'low' | 'medium') {
  const scene = loadRepoScene(sceneId);
  Object.assign(asked, { models: [], bloom: 0, beforeWaiting: null });
  vi.spyOn(ModelLoader.prototype, 'load').mockImplementation((id) => {
    asked.models.push(id);
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
        />
      </Suspense>
    </ViewContext.Provider>,
  );
  return { scene, renderer, beforeWaiting: asked.beforeWaiting! };
}

describe('a scene view starts loading its code before its maps are in', () => {
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

  it('asks for the bloom on a tier that draws through it, and not on the low tier', async () => {
    const medium = await renderWhileMapsLoad('sputnik-1', 'medium');
    expect(medium.beforeWaiting.bloom).toBeGreaterThan(0);
    await medium.renderer.unmount();
    const low = await renderWhileMapsLoad('sputnik-1', 'low');
    expect(low.beforeWaiting.bloom).toBe(0);
    await low.renderer.unmount();
  });
});
