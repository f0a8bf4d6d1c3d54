// Builds the benchmark's floor page (bench/floor) with the app's Vite and three, beside the
// app's day map: `npx vite build --config bench/floor/vite.config.mjs` (scripts/bench.mjs does).
import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: './',
  logLevel: 'warn',
  publicDir: false,
  build: { target: 'es2022', outDir: join(here, 'dist'), emptyOutDir: true },
  plugins: [
    {
      name: 'copy-day-map',
      apply: 'build',
      writeBundle(options) {
        mkdirSync(join(options.dir, 'textures'), { recursive: true });
        cpSync(
          join(here, '../../public/textures/earth-day.jpg'),
          join(options.dir, 'textures/earth-day.jpg'),
        );
      },
    },
  ],
});
