import { useThree } from '@react-three/fiber';
import ReactThreeTestRenderer from '@react-three/test-renderer';
import { Suspense, useEffect } from 'react';
import * as THREE from 'three';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { forgetLoadedAssets } from '../../../src/view/asset-loads.ts';
import { Moon } from '../../../src/view/Moon.tsx';

// act() from the test renderer, as React expects of a test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const grabbed: { renderer: THREE.WebGLRenderer | null } = { renderer: null };
function GrabRenderer() {
  const gl = useThree((state) => state.gl);
  useEffect(() => {
    grabbed.renderer = gl;
  }, [gl]);
  return null;
}

describe('the Moon', () => {
  afterEach(() => vi.restoreAllMocks());

  it('uploads its map ahead of need, but only after the first picture', async () => {
    forgetLoadedAssets();
    const map = new THREE.Texture<HTMLImageElement>();
    vi.spyOn(THREE.TextureLoader.prototype, 'load').mockImplementation((_url, onLoad) => {
      queueMicrotask(() => onLoad!(map));
      return map;
    });
    const view = await ReactThreeTestRenderer.create(
      <>
        <GrabRenderer />
        <Suspense fallback={null}>
          <Moon frameRef={{ current: null }} />
        </Suspense>
      </>,
    );
    await ReactThreeTestRenderer.act(async () => {
      await Promise.resolve();
    });
    const upload = vi.spyOn(grabbed.renderer!, 'initTexture').mockImplementation(() => undefined);
    expect(view.scene.findByProps({ name: 'moon' })).toBeDefined();
    // The Earth's two preview frames go to the screen without it.
    await ReactThreeTestRenderer.act(() => view.advanceFrames(2, 1 / 30));
    expect(upload).not.toHaveBeenCalled();
    await ReactThreeTestRenderer.act(() => view.advanceFrames(3, 1 / 30));
    expect(upload).toHaveBeenCalledOnce();
    expect(upload).toHaveBeenCalledWith(map);
    await view.unmount();
  });
});
