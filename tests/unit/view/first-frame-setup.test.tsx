import { useThree } from '@react-three/fiber';
import ReactThreeTestRenderer from '@react-three/test-renderer';
import { Suspense, useLayoutEffect } from 'react';
import * as THREE from 'three';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAtmosphereSource } from '../../../src/view/atmosphere-model.ts';
import type { Quality } from '../../../src/view/quality.ts';
import { createReadiness } from '../../../src/view/readiness.ts';
import { SceneView } from '../../../src/view/SceneView.tsx';
import type * as SunBloomModule from '../../../src/view/sun-bloom.ts';
import { ViewContext, type ViewServices } from '../../../src/view/view-context.ts';
import { loadRepoScene } from '../../helpers/scenes.ts';

// The parts that need maps, models or a DOM canvas draw nothing here; what is checked is how
// the view sets up the renderer around them.
vi.mock('../../../src/view/Stars.tsx', () => ({ Stars: () => null }));
vi.mock('../../../src/view/Earth.tsx', () => ({ Earth: () => null }));
vi.mock('../../../src/view/Moon.tsx', () => ({ Moon: () => null }));
vi.mock('../../../src/view/SunGlare.tsx', () => ({ SunGlare: () => null }));
vi.mock('../../../src/view/Craft.tsx', () => ({ Craft: () => null }));
vi.mock('../../../src/view/EnvironmentFromSky.tsx', () => ({ EnvironmentFromSky: () => null }));
// Nothing is fetched here: the view mounts its parts at once, as when its loads are in, and
// draws the tier asked (the first picture, drawn at low, is picture-tier.ts's).
vi.mock('../../../src/view/picture-tier.ts', () => ({
  usePictureTier: (asked: Quality) => ({ tier: asked, earthMaps: 'full', partsMayMount: true }),
}));

const bloom = vi.hoisted(() => ({
  code: null as Promise<unknown> | null,
  made: 0,
  disposed: 0,
}));
vi.mock('../../../src/view/sun-bloom.ts', async (actual) => ({
  ...(await actual<typeof SunBloomModule>()),
  sunBloomCode: () => bloom.code,
  createSunBloom: () => {
    bloom.made += 1;
    return { render: () => undefined, dispose: () => (bloom.disposed += 1) };
  },
}));

interface Seen {
  toneMapping: THREE.ToneMapping;
  screenPass: boolean;
}

/**
 * Runs its layout effect after every part of the view before it has run its own: what it sees
 * is what the first frame after the view's commit is drawn with (R3F draws on the next
 * animation frame; React may run passive effects after that).
 */
function FirstFrameProbe({ services, seen }: { services: ViewServices; seen: Seen[] }) {
  const gl = useThree((state) => state.gl);
  useLayoutEffect(() => {
    seen.push({ toneMapping: gl.toneMapping, screenPass: services.screenPass.current !== null });
  }, [gl, services, seen]);
  return null;
}

async function commitView(quality: 'low' | 'medium', code: unknown) {
  bloom.code = Promise.resolve(code);
  const services: ViewServices = {
    readiness: createReadiness(),
    atmosphere: createAtmosphereSource(),
    screenPass: { current: null },
    environmentEpoch: { current: 0 },
    earthMaps: { current: null },
  };
  const seen: Seen[] = [];
  const renderer = await ReactThreeTestRenderer.create(
    <ViewContext.Provider value={services}>
      <Suspense fallback={null}>
        <SceneView
          scene={loadRepoScene('sputnik-1')}
          loadId={1}
          frameRef={{ current: null }}
          scripted
          quality={quality}
          maps="images"
        />
        <FirstFrameProbe services={services} seen={seen} />
      </Suspense>
    </ViewContext.Provider>,
  );
  return { renderer, services, seen };
}

describe("the view's first frame is drawn as every later one", () => {
  afterEach(() => {
    bloom.made = 0;
    bloom.disposed = 0;
  });

  it('has the AgX operator and, at medium, the bloom pass in place when the view commits', async () => {
    const { renderer, services, seen } = await commitView('medium', {});
    expect(seen).toEqual([{ toneMapping: THREE.AgXToneMapping, screenPass: true }]);
    expect(bloom.made).toBe(1);
    await renderer.unmount();
    expect(services.screenPass.current).toBeNull();
    expect(bloom.disposed).toBe(1);
  });

  it('draws straight to the canvas at low, and where the bloom could not be fetched', async () => {
    const low = await commitView('low', {});
    expect(low.seen).toEqual([{ toneMapping: THREE.AgXToneMapping, screenPass: false }]);
    expect(bloom.made).toBe(0);
    await low.renderer.unmount();
    const unfetched = await commitView('medium', null);
    expect(unfetched.seen).toEqual([{ toneMapping: THREE.AgXToneMapping, screenPass: false }]);
    expect(bloom.made).toBe(0);
    await unfetched.renderer.unmount();
  });
});
