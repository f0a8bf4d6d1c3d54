import * as THREE from 'three';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { earthMapFormat, earthMapUrls } from '../../../src/view/asset-urls.ts';
import { chooseMapFormat, GpuMapLoader, type MapRenderer } from '../../../src/view/gpu-maps.ts';

// The KTX2 loader's chunk, standing in for three's KTX2Loader: each test says what a load does.
const ktx2 = vi.hoisted(() => ({
  load: (
    _url: string,
    _onLoad: (t: unknown) => void,
    _p: unknown,
    _onError: (e: unknown) => void,
  ) => undefined as void,
}));
vi.mock('../../../src/view/ktx2-transcoder.ts', () => ({
  createKtx2Loader: () => ({ load: (...args: Parameters<typeof ktx2.load>) => ktx2.load(...args) }),
}));

const renderer = (name: string | null, extensions: string[]): MapRenderer => ({
  name,
  hasExtension: (extension) => extensions.includes(extension),
});
const BC7 = 'EXT_texture_compression_bptc';
const ASTC = 'WEBGL_compressed_texture_astc';

describe('which maps a view draws with', () => {
  it('takes KTX2 on a GPU that samples BC7 or ASTC', () => {
    const gpu = 'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)';
    expect(chooseMapFormat(renderer(gpu, [BC7]), 'auto')).toBe('ktx2');
    expect(chooseMapFormat(renderer('Apple GPU', [ASTC]), 'auto')).toBe('ktx2');
    // A renderer that hides its name (no debug info) is judged by its formats.
    expect(chooseMapFormat(renderer(null, [ASTC]), 'auto')).toBe('ktx2');
  });

  it('takes images on a software renderer, even one that offers the formats', () => {
    const swiftShader =
      'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)';
    expect(chooseMapFormat(renderer(swiftShader, [BC7, ASTC]), 'auto')).toBe('images');
    expect(chooseMapFormat(renderer('llvmpipe (LLVM 15.0.6, 256 bits)', [BC7]), 'auto')).toBe(
      'images',
    );
  });

  it('takes images where neither BC7 nor ASTC is offered (only ETC or S3TC)', () => {
    const gpu = renderer('Mali-G52', [
      'WEBGL_compressed_texture_etc',
      'WEBGL_compressed_texture_s3tc',
    ]);
    expect(chooseMapFormat(gpu, 'auto')).toBe('images');
  });

  it('keeps a format the link pinned, whatever the renderer', () => {
    expect(chooseMapFormat(renderer('SwiftShader', [BC7]), 'ktx2')).toBe('ktx2');
    expect(chooseMapFormat(renderer('Apple GPU', [ASTC]), 'images')).toBe('images');
  });
});

describe('the map files of each format', () => {
  it('serves the four full Earth maps as .ktx2, the previews and the baked map as images', () => {
    expect(earthMapUrls(false, 'full', 'ktx2').map((url) => url.split('/').pop())).toEqual([
      'earth-day.ktx2',
      'earth-night.ktx2',
      'earth-water.ktx2',
      'earth-clouds.ktx2',
    ]);
    expect(earthMapUrls(false, 'preview', 'ktx2')).toEqual(earthMapUrls(false, 'preview'));
    expect(earthMapUrls(true, 'full', 'ktx2')).toEqual(earthMapUrls(true, 'full'));
    expect(earthMapFormat(true, 'ktx2')).toBe('images');
    expect(earthMapFormat(false, 'ktx2')).toBe('ktx2');
  });
});

describe('a KTX2 map that cannot be had', () => {
  afterEach(() => vi.restoreAllMocks());

  const loadWater = () =>
    new Promise<{ texture?: THREE.Texture; error?: unknown }>((resolve) => {
      const loader = new GpuMapLoader();
      loader.renderer = {} as THREE.WebGLRenderer;
      loader.load(
        earthMapUrls(false, 'full', 'ktx2')[2]!,
        (texture) => resolve({ texture }),
        undefined,
        (error) => resolve({ error }),
      );
    });

  it('is loaded from its image instead, with a warning', async () => {
    ktx2.load = (_url, _onLoad, _progress, onError) =>
      onError(new Error('transcoder worker failed'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const image = new THREE.Texture<HTMLImageElement>();
    const imageLoad = vi
      .spyOn(THREE.TextureLoader.prototype, 'load')
      .mockImplementation((_url, onLoad) => {
        onLoad?.(image);
        return image;
      });
    expect(await loadWater()).toEqual({ texture: image });
    expect(imageLoad.mock.calls[0]![0].split('/').pop()).toBe('earth-water.png');
    expect(String(warn.mock.calls[0]![0])).toMatch(
      /earth-water\.ktx2: not loaded as KTX2 .*transcoder worker failed/,
    );
  });

  it('is not: a map transcoded is handed over as it is', async () => {
    const compressed = new THREE.CompressedTexture([], 4, 4);
    ktx2.load = (_url, onLoad) => onLoad(compressed);
    const imageLoad = vi.spyOn(THREE.TextureLoader.prototype, 'load');
    expect(await loadWater()).toEqual({ texture: compressed });
    expect(imageLoad).not.toHaveBeenCalled();
  });
});
