import * as THREE from 'three';
import { earthMapFormat, earthMapUrls, imageOfKtx2 } from './asset-urls.ts';
import type { MapFormat, MapFormatChoice } from './map-format.ts';
import { attachMipLevels, withMipLevels } from './mip-levels.ts';
import { isSoftwareRenderer } from './software-renderer.ts';
import type { KTX2Loader } from 'three/examples/jsm/loaders/KTX2Loader.js';

/** What the choice needs to know of the renderer. */
export interface MapRenderer {
  readonly name: string | null;
  hasExtension(name: string): boolean;
}

/**
 * KTX2 where a GPU samples it compressed (BC7 or ASTC, which keep the UASTC maps near their
 * sources); images on a software renderer, where transcoding in workers only competes with the
 * rasteriser for the same cores and made a cold start slower (docs/PERFORMANCE.md), and where
 * no such format is offered (the maps would be transcoded to full-size RGBA for nothing).
 */
export function chooseMapFormat(renderer: MapRenderer, choice: MapFormatChoice): MapFormat {
  if (choice !== 'auto') return choice;
  if (isSoftwareRenderer(renderer.name)) return 'images';
  const compressed =
    renderer.hasExtension('EXT_texture_compression_bptc') ||
    renderer.hasExtension('WEBGL_compressed_texture_astc');
  return compressed ? 'ktx2' : 'images';
}

/** The renderer's name and extensions, as the choice reads them. */
export function mapRendererOf(gl: THREE.WebGLRenderer): MapRenderer {
  const context = gl.getContext();
  const info = gl.extensions.get('WEBGL_debug_renderer_info') as {
    UNMASKED_RENDERER_WEBGL: number;
  } | null;
  return {
    name: String(context.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : context.RENDERER)),
    hasExtension: (name) => gl.extensions.has(name),
  };
}

/** The page's one KTX2 loader (its workers and transcoder), made with the first KTX2 map. */
let ktx2Loader: Promise<KTX2Loader> | null = null;

/**
 * Loads `.ktx2` maps through three's KTX2Loader, which (with its transcoder's JavaScript and
 * WebAssembly) is a chunk of its own, fetched with the first map: the initial JavaScript does
 * not carry it, and renderers that draw images never fetch it. Give it the renderer first
 * (`useLoader`'s extension): the transcoder's target formats are those the GPU offers.
 *
 * A map that cannot be had as KTX2 (its chunk or the transcoder did not arrive, a worker
 * failed, the file is damaged) is loaded from its image instead: a visitor sees the Earth
 * either way, and an unattended kiosk does not restart over it again and again.
 */
export class GpuMapLoader extends THREE.Loader<THREE.Texture> {
  renderer: THREE.WebGLRenderer | null = null;

  override load(
    url: string,
    onLoad: (texture: THREE.Texture) => void,
    onProgress?: (event: ProgressEvent) => void,
    onError?: (error: unknown) => void,
  ): void {
    const renderer = this.renderer;
    if (!renderer) throw new Error('GpuMapLoader: no renderer given before loading');
    const fromImage = (error: unknown) => {
      console.warn(`${url}: not loaded as KTX2 (${String(error)}); loading its image`);
      new THREE.TextureLoader(this.manager).load(imageOfKtx2(url), onLoad, onProgress, onError);
    };
    ktx2Loader ??= import('./ktx2-transcoder.ts').then((module) =>
      module.createKtx2Loader(renderer),
    );
    ktx2Loader
      .then((loader) => loader.load(url, onLoad, onProgress, fromImage))
      .catch((error: unknown) => {
        // A chunk that did not arrive may arrive for the next map.
        ktx2Loader = null;
        fromImage(error);
      });
  }
}

/**
 * A tier's full Earth maps in a format: their URLs and the loader (with the extension `useLoader`
 * applies to it). The preload (scene-preload.ts) and the load (earth-maps.tsx) both take them
 * from here, so that both use the same loader key.
 */
export function fullEarthMaps(bakedEarth: boolean, format: MapFormat, gl: THREE.WebGLRenderer) {
  const mapFormat = earthMapFormat(bakedEarth, format);
  const maps = earthMapUrls(bakedEarth, 'full', mapFormat);
  const images = mapFormat === 'images';
  return {
    // Images come with their mip levels (mip-levels.ts); KTX2 maps carry theirs inside.
    urls: images ? withMipLevels(maps) : maps,
    /** The maps, in `earthMapUrls` order, out of what was loaded. */
    maps: (loaded: THREE.Texture[]) => (images ? attachMipLevels(maps, loaded) : loaded),
    ...mapLoader(mapFormat, gl),
  };
}

/** The loader for a format, and the extension `useLoader` applies to it. */
function mapLoader(format: MapFormat, gl: THREE.WebGLRenderer) {
  return format === 'ktx2'
    ? ({
        proto: GpuMapLoader,
        extension: (loader: THREE.Loader) => ((loader as GpuMapLoader).renderer = gl),
      } as const)
    : ({ proto: THREE.TextureLoader, extension: undefined } as const);
}
