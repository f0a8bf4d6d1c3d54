import type * as THREE from 'three';
import { ASSET_URLS } from './asset-urls.ts';

/**
 * The colour maps that come with their mip levels made offline, in linear light
 * (scripts/assets/build-mip-levels.sh): how many levels each has besides its own, each half the
 * one before, down to 32 texels wide. Given them, the GPU makes none: a software renderer makes
 * an sRGB map's levels on the CPU, and the day map's took about 0.3 s of a cold start, the low
 * tier's baked map's as long, while uploading ready levels costs about a third of the map itself.
 * (KTX2 maps carry their levels inside; the grey masks are not sRGB and cheap to reduce.)
 */
const LEVELS: Readonly<Record<string, number>> = {
  [ASSET_URLS.earthDay]: 7,
  [ASSET_URLS.earthNight]: 6,
  [ASSET_URLS.earthLow]: 7,
};

/** `…/textures/earth-day.jpg`, level 3 → `…/textures/mips/earth-day-3.jpg`. */
export function mipLevelUrl(url: string, level: number): string {
  return url.replace(/([^/]+)(\.\w+)$/, `mips/$1-${level}$2`);
}

/** The maps' URLs, each followed by its levels': loaded together, as one loader key. */
export function withMipLevels(urls: readonly string[]): string[] {
  return urls.flatMap((url) => [
    url,
    ...Array.from({ length: LEVELS[url] ?? 0 }, (_, i) => mipLevelUrl(url, i + 1)),
  ]);
}

/**
 * The maps of `urls` out of what `withMipLevels(urls)` loaded, in that order, each with its
 * levels in hand (three uploads them, level by level, and makes none itself). Idempotent: the
 * loader cache hands every caller the same textures.
 */
export function attachMipLevels(
  urls: readonly string[],
  loaded: readonly THREE.Texture[],
): THREE.Texture[] {
  const maps: THREE.Texture[] = [];
  let next = 0;
  for (const url of urls) {
    const map = loaded[next]!;
    const count = LEVELS[url] ?? 0;
    if (count > 0 && map.mipmaps.length === 0) {
      const levels = loaded.slice(next + 1, next + 1 + count).map((level) => level.image);
      // three uploads any image source level by level; its types name canvases only.
      map.mipmaps = [map.image, ...levels] as HTMLCanvasElement[];
      map.generateMipmaps = false;
    }
    maps.push(map);
    next += 1 + count;
  }
  return maps;
}
