import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import packageJson from './package.json' with { type: 'json' };
import { atmosphereTablesPlugin } from './scripts/build/atmosphere-tables.ts';
import { basisTranscoderPlugin } from './scripts/build/basis-transcoder.ts';
import { fontPreloadPlugin } from './scripts/build/font-preload.ts';
import { glslCommentsPlugin } from './scripts/build/glsl-comments.ts';
import { offlinePlugin } from './scripts/build/offline-plugin.ts';

/**
 * R3F's `<Canvas>` registers every three.js class as a JSX element (`extend(THREE)`), which keeps
 * all of three.js in the bundle. In the build it registers only the classes the scene names
 * (src/view/three-catalogue.ts), so the bundler can drop the rest. Fails the build if R3F changes.
 */
function threeCatalogue(): Plugin {
  const call = 'React.useMemo(() => extend(THREE), []);';
  const catalogue = fileURLToPath(new URL('./src/view/three-catalogue.ts', import.meta.url));
  return {
    name: 'urverseny:three-catalogue',
    apply: 'build',
    transform(code, id) {
      if (!/@react-three[\\/]fiber[\\/]dist[\\/]react-three-fiber\.esm\.js$/.test(id)) return null;
      if (!code.includes(call))
        this.error(`${call} not found in ${id}: update threeCatalogue() in vite.config.ts`);
      // Same line count, so the dependency's source map stays usable.
      return {
        code: `${code.replace(call, 'React.useMemo(() => extend(THREE_CATALOGUE), []);')}\nimport { THREE_CATALOGUE } from ${JSON.stringify(catalogue)};\n`,
        map: null,
      };
    },
  };
}

/**
 * Scene files travel as text (a broken one is reported, not fatal). In the build a file that is
 * valid JSON loses its indentation; one that is not is left as it is, so its error reads the same.
 */
function compactScenes(): Plugin {
  return {
    name: 'urverseny:compact-scenes',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]scenes[\\/][^\\/]+\.json\?raw$/.test(id)) return null;
      const match = /^export default (".*");?\s*$/s.exec(code);
      if (!match) return null;
      try {
        const text = JSON.parse(match[1]!) as string;
        return {
          code: `export default ${JSON.stringify(JSON.stringify(JSON.parse(text)))};`,
          map: null,
        };
      } catch {
        return null;
      }
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    threeCatalogue(),
    compactScenes(),
    glslCommentsPlugin(),
    basisTranscoderPlugin(),
    atmosphereTablesPlugin(),
    fontPreloadPlugin(),
    offlinePlugin({ version: packageJson.version }),
  ],
  base: './',
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173 },
});
