import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../../src/core/script/scene-catalog.ts';
import { startApp } from '../../../src/app/start.ts';
import { probeRendererName, startAtRendererTier } from '../../../src/player/renderer-probe.ts';
import { isSoftwareRenderer } from '../../../src/view/software-renderer.ts';
import { readSceneText, sourceText, MODEL_CATALOG } from '../../helpers/scenes.ts';

const SWIFTSHADER =
  'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)';
const NVIDIA =
  'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 (0x00002503) Direct3D11 vs_5_0 ps_5_0, D3D11)';

const catalog = buildCatalog(
  { 'scenes/sputnik-1.json': readSceneText('sputnik-1') },
  sourceText,
  MODEL_CATALOG,
);

/** A document whose canvases answer getContext('webgl2') with `gl` (null: no WebGL2). */
function documentWith(gl: object | null) {
  return {
    createElement: (tag: string) => {
      expect(tag).toBe('canvas');
      return { getContext: (kind: string) => (kind === 'webgl2' ? gl : null) };
    },
  } as unknown as Document;
}

function fakeGl(renderer: string, { debugInfo = true } = {}) {
  const lost = { count: 0 };
  const gl = {
    RENDERER: 0x1f01,
    getExtension(name: string) {
      if (name === 'WEBGL_debug_renderer_info' && debugInfo)
        return { UNMASKED_RENDERER_WEBGL: 0x9246 };
      if (name === 'WEBGL_lose_context') return { loseContext: () => (lost.count += 1) };
      return null;
    },
    getParameter: (p: number) => (p === 0x9246 ? renderer : p === 0x1f01 ? 'WebKit WebGL' : null),
  };
  return { gl, lost };
}

describe('the renderer a player starts on', () => {
  it('reads the unmasked renderer of a throwaway context, and lets that context go', () => {
    const { gl, lost } = fakeGl(SWIFTSHADER);
    expect(probeRendererName(documentWith(gl))).toBe(SWIFTSHADER);
    expect(lost.count).toBe(1);
    // Without the debug extension, the masked name: never taken for a software renderer.
    const masked = fakeGl(SWIFTSHADER, { debugInfo: false });
    expect(probeRendererName(documentWith(masked.gl))).toBe('WebKit WebGL');
    expect(probeRendererName(documentWith(null))).toBeNull();
  });

  it('knows software rasterisers from GPUs', () => {
    for (const name of [
      SWIFTSHADER,
      'llvmpipe (LLVM 15.0.6, 256 bits)',
      'Mesa lavapipe',
      'Microsoft Basic Render Driver',
    ])
      expect(isSoftwareRenderer(name), name).toBe(true);
    for (const name of [
      NVIDIA,
      'Apple GPU',
      'Mesa Intel(R) UHD Graphics 620 (KBL GT2)',
      'WebKit WebGL',
    ])
      expect(isSoftwareRenderer(name), name).toBe(false);
    expect(isSoftwareRenderer(null)).toBe(false);
  });

  it('starts a software renderer at low, a GPU at medium, and leaves a tier from the link alone', () => {
    const software = startApp(catalog, '?scene=sputnik-1', 'hu');
    startAtRendererTier(software, SWIFTSHADER);
    expect(software.getState()).toMatchObject({ quality: 'low', qualityPinned: false });

    const gpu = startApp(catalog, '?scene=sputnik-1', 'hu');
    startAtRendererTier(gpu, NVIDIA);
    expect(gpu.getState()).toMatchObject({ quality: 'medium', qualityPinned: false });

    const pinned = startApp(catalog, '?scene=sputnik-1&quality=high', 'hu');
    startAtRendererTier(pinned, SWIFTSHADER);
    expect(pinned.getState()).toMatchObject({ quality: 'high', qualityPinned: true });
  });
});
