import type { Server } from 'node:http';
import type { TestProject } from 'vitest/node';
// @ts-expect-error -- plain ESM script without types
import { serveStatic } from '../../scripts/static-server.mjs';

/**
 * Serves the built app once for all browser tests (run `npm run build` first). `URVERSENY_DIST`
 * points it at another build folder (e.g. `vite build --outDir /tmp/dist`).
 */
export default async function setup(project: TestProject) {
  const dir = process.env.URVERSENY_DIST ?? 'dist';
  const { server, url } = (await serveStatic(dir, { port: 4180 })) as {
    server: Server;
    url: string;
  };
  project.provide('baseUrl', url);
  return () => new Promise<void>((done) => server.close(() => done()));
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
