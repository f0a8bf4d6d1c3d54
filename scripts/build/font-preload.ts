/**
 * The interface's web fonts asked for by the page itself, not by the first layout that needs
 * them: a font in a stylesheet is fetched only once text in it is laid out, which here is after
 * the app's JavaScript has run and React has rendered (0.4–0.8 s into a start on two cores), and
 * a frame drawn while a font is still loading is not yet one the player calls complete (its
 * captions could show in a fallback face).
 */
import type { Plugin } from 'vite';

/** The bundled faces: every woff2 of the Noto Sans subsets the app imports (src/main.tsx). */
const FACE = /(^|\/)noto-sans-[a-z-]+-\d{3}-normal-[\w-]+\.woff2$/;

/** Preload links for the bundled faces among `fileNames` (paths relative to the page). */
export function fontPreloadLinks(fileNames: readonly string[]) {
  return fileNames
    .filter((name) => FACE.test(name))
    .sort()
    .map((name) => ({
      tag: 'link',
      // Fonts are fetched in CORS mode: without crossorigin the preload is not reused.
      attrs: { rel: 'preload', as: 'font', type: 'font/woff2', href: `./${name}`, crossorigin: '' },
      injectTo: 'head' as const,
    }));
}

export function fontPreloadPlugin(): Plugin {
  return {
    name: 'urverseny:font-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const links = fontPreloadLinks(Object.keys(bundle ?? {}));
        if (links.length === 0)
          throw new Error('font-preload: no Noto Sans woff2 in the bundle; update FACE');
        return links;
      },
    },
  };
}
