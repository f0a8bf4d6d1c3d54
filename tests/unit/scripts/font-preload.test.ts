import { describe, expect, it } from 'vitest';
import { fontPreloadLinks } from '../../../scripts/build/font-preload.ts';

describe('fontPreloadLinks', () => {
  it('preloads each bundled Noto Sans woff2 for CORS reuse, and nothing else', () => {
    const links = fontPreloadLinks([
      'assets/index-COQ5H9aT.js',
      'assets/noto-sans-latin-400-normal-BTkUljjl.woff',
      'assets/noto-sans-latin-ext-600-normal-Has_8ph9.woff2',
      'assets/noto-sans-latin-400-normal-BTkUljjl.woff2',
      'textures/earth-day.jpg',
    ]);
    expect(links.map((l) => l.attrs.href)).toEqual([
      './assets/noto-sans-latin-400-normal-BTkUljjl.woff2',
      './assets/noto-sans-latin-ext-600-normal-Has_8ph9.woff2',
    ]);
    for (const link of links)
      expect(link.attrs).toMatchObject({
        rel: 'preload',
        as: 'font',
        type: 'font/woff2',
        crossorigin: '',
      });
  });
});
