import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import packageJson from './package.json' with { type: 'json' };
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

export default defineConfig({
  plugins: [react(), threeCatalogue(), offlinePlugin({ version: packageJson.version })],
  base: './',
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173 },
});
