#!/usr/bin/env node
// `npm start` / `npm run serve`: serves the built app on http://127.0.0.1:4173 (or the next free port).
import { serveStatic } from './static-server.mjs';

const wanted = Number(process.env.PORT ?? 4173);
try {
  const { url, port } = await serveStatic(new URL('../dist', import.meta.url).pathname, {
    port: wanted,
  });
  if (port !== wanted) console.log(`Port ${wanted} is taken; using ${port} instead.`);
  console.log(`Űrverseny is running at ${url}  (Ctrl-C to stop)`);
} catch (error) {
  console.error(`Could not start the server: ${error.message}`);
  process.exit(1);
}
