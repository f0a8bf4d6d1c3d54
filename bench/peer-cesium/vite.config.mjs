// Builds the peer with the app's own Vite (run from the repository root:
// `npx vite build --config bench/peer-cesium/vite.config.mjs`, which scripts/bench.mjs does).
// Cesium's workers, assets and widget images are static files it fetches at run time; they are
// copied beside the bundle as Cesium's Vite example does, without a plugin dependency.
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));
const cesiumBuild = join(here, 'node_modules/cesium/Build/Cesium');
const STATIC = 'cesiumStatic';

export default defineConfig({
  root: here,
  base: './',
  logLevel: 'warn',
  // satellite.js ships an optional WebAssembly build whose worker uses top-level await (as in
  // the app's own vite.config.ts).
  worker: { format: 'es' },
  define: { CESIUM_BASE_URL: JSON.stringify(`./${STATIC}/`) },
  build: {
    target: 'es2022',
    outDir: join(here, 'dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 10000,
  },
  plugins: [
    {
      name: 'copy-cesium-static',
      apply: 'build',
      writeBundle(options) {
        for (const dir of ['Workers', 'ThirdParty', 'Assets', 'Widgets'])
          cpSync(join(cesiumBuild, dir), join(options.dir, STATIC, dir), { recursive: true });
      },
    },
  ],
});
