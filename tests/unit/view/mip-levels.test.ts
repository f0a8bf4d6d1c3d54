import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { ASSET_URLS } from '../../../src/view/asset-urls.ts';
import { attachMipLevels, mipLevelUrl, withMipLevels } from '../../../src/view/mip-levels.ts';
import { imageSize } from '../../helpers/image-size.ts';
import { root } from '../../helpers/scenes.ts';

const file = (url: string) => join(root, 'public', url.replace(/^\//, ''));

describe('mip levels made offline', () => {
  it.each([ASSET_URLS.earthDay, ASSET_URLS.earthNight, ASSET_URLS.earthLow])(
    '%s comes with every level down to 32 texels wide, each half the one before',
    (url) => {
      const [mapUrl, ...levels] = withMipLevels([url]);
      expect(mapUrl).toBe(url);
      let [width, height] = imageSize(file(url));
      expect(levels.length).toBe(Math.log2(width / 32));
      levels.forEach((level, i) => {
        expect(level).toBe(mipLevelUrl(url, i + 1));
        [width, height] = [width / 2, height / 2];
        expect(imageSize(file(level))).toEqual([width, height]);
      });
      expect(existsSync(file(mipLevelUrl(url, levels.length + 1)))).toBe(false);
    },
  );

  it('leaves the grey masks to the GPU: they are not sRGB, and cheap to reduce', () => {
    expect(withMipLevels([ASSET_URLS.earthWater, ASSET_URLS.earthClouds])).toEqual([
      ASSET_URLS.earthWater,
      ASSET_URLS.earthClouds,
    ]);
  });

  it('hands each map its levels, so three uploads them and makes none', () => {
    const urls = [ASSET_URLS.earthNight, ASSET_URLS.earthWater];
    const loaded = withMipLevels(urls).map((url) => {
      const texture = new THREE.Texture({ url } as unknown as HTMLImageElement);
      return texture;
    });
    const [night, water] = attachMipLevels(urls, loaded);
    expect(night).toBe(loaded[0]);
    expect(night!.generateMipmaps).toBe(false);
    expect(night!.mipmaps.map((level) => (level as unknown as { url: string }).url)).toEqual(
      withMipLevels([ASSET_URLS.earthNight]),
    );
    expect(water).toBe(loaded.at(-1));
    expect(water!.mipmaps).toEqual([]);
    expect(water!.generateMipmaps).toBe(true);
    // Once per load: every view of the player gets the same textures, levels attached once.
    const again = attachMipLevels(urls, loaded);
    expect(again[0]!.mipmaps).toBe(night!.mipmaps);
  });
});
