import ReactThreeTestRenderer from '@react-three/test-renderer';
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { computeAtmosphereTables } from '../../../src/view/atmosphere-model.ts';
import { Sunlight } from '../../../src/view/Sunlight.tsx';

// act() from the test renderer, as React expects of a test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const tables = computeAtmosphereTables();

function sunIn(view: Awaited<ReturnType<typeof ReactThreeTestRenderer.create>>) {
  const lights = view.scene.findAll((node) => node.instance instanceof THREE.DirectionalLight);
  expect(lights).toHaveLength(1);
  return lights[0]!.instance as THREE.DirectionalLight;
}

describe('the Sun’s light', () => {
  // three keeps uniforms for every directional light a renderer has drawn, by the light's id,
  // until the renderer is gone: a new light with every scene grew that store on each switch.
  it('is the same light from one scene to the next on the same renderer', async () => {
    const scene = (key: string) => (
      <Sunlight key={key} frameRef={{ current: null }} tables={tables} earthshineAmbient />
    );
    const view = await ReactThreeTestRenderer.create(scene('sputnik-1'));
    const first = sunIn(view);
    await ReactThreeTestRenderer.act(() => view.update(scene('vostok-1')));
    await ReactThreeTestRenderer.act(() => view.update(scene('voskhod-2')));
    expect(sunIn(view)).toBe(first);
    await view.unmount();
  });

  it('is a light of its own on another renderer', async () => {
    const a = await ReactThreeTestRenderer.create(
      <Sunlight frameRef={{ current: null }} tables={tables} earthshineAmbient={false} />,
    );
    const b = await ReactThreeTestRenderer.create(
      <Sunlight frameRef={{ current: null }} tables={tables} earthshineAmbient={false} />,
    );
    expect(sunIn(a)).not.toBe(sunIn(b));
    await a.unmount();
    await b.unmount();
  });
});
