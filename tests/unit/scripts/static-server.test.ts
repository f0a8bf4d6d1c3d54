/** The static server keeps every request inside the folder it serves. */
import type { Server } from 'node:http';
import { request } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM script without types
import { isInside, serveStatic } from '../../../scripts/static-server.mjs';

const base = mkdtempSync(join(tmpdir(), 'static-server-'));
let server: Server;
let port: number;

/** GET with the path sent exactly as written (no URL normalisation on the way). */
function get(path: string): Promise<{ status: number; body: string }> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => done({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

beforeAll(async () => {
  mkdirSync(join(base, 'dist'));
  mkdirSync(join(base, 'dist-old'));
  writeFileSync(join(base, 'dist', 'index.html'), '<p>app</p>');
  writeFileSync(join(base, 'dist-old', 'secret.txt'), 'secret');
  writeFileSync(join(base, 'outside.txt'), 'outside');
  ({ server, port } = (await serveStatic(join(base, 'dist'), { port: 4290 })) as {
    server: Server;
    port: number;
  });
});

afterAll(async () => {
  await new Promise((done) => server.close(done));
  rmSync(base, { recursive: true, force: true });
});

describe('static server', () => {
  it('serves the folder', async () => {
    expect(await get('/')).toEqual({ status: 200, body: '<p>app</p>' });
    expect((await get('/index.html')).status).toBe(200);
  });

  it('refuses a sibling folder whose name starts the same, and anything above', async () => {
    for (const path of [
      '/..%2Fdist-old%2Fsecret.txt',
      '/..%2F..%2Fdist-old/secret.txt',
      '/..%2Foutside.txt',
      '/%2E%2E%2Foutside.txt',
    ]) {
      const reply = await get(path);
      expect(reply.status, path).toBe(403);
      expect(reply.body).not.toMatch(/secret|outside/);
    }
  });

  it('answers a malformed address with 400 and keeps running', async () => {
    expect((await get('/%E0%A4%A')).status).toBe(400);
    expect((await get('/')).status).toBe(200);
  });

  it('decides inside/outside by the relative path', () => {
    expect(isInside('/srv/dist', '/srv/dist')).toBe(true);
    expect(isInside('/srv/dist', '/srv/dist/a/b.js')).toBe(true);
    expect(isInside('/srv/dist', '/srv/dist/..data')).toBe(true);
    expect(isInside('/srv/dist', '/srv/dist-old/secret.txt')).toBe(false);
    expect(isInside('/srv/dist', '/srv/other')).toBe(false);
  });
});
