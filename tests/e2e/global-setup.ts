import type { Server } from 'node:http';
import type { TestProject } from 'vitest/node';
// @ts-expect-error -- plain ESM script without types
import { serveStatic } from '../../scripts/static-server.mjs';

/** Serves the built app once for all browser tests (run `npm run build` first). */
export default async function setup(project: TestProject) {
  const { server, url } = (await serveStatic('dist', { port: 4180 })) as {
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
