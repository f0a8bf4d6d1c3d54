#!/usr/bin/env node
// `npm run bench`: what a frame costs, per scene and quality tier, in headless Chromium
// (SwiftShader here, so compare ratios between runs on the same machine, not absolute times).
// Writes bench/results.json and prints a table. Needs a build (`npm run build`) and Chromium.
import { mkdirSync, writeFileSync } from 'node:fs';
import { launchChromium } from './headless-chromium.mjs';
import { serveStatic } from './static-server.mjs';

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];
const QUALITIES = ['low', 'medium', 'high'];
const SEEKS = 12;
const FRAMES_PER_SEEK = 6;

const { server, url } = await serveStatic('dist', { port: 4200 });
const browser = await launchChromium();

const results = [];
try {
  const scenes = await listScenes();
  for (const sceneId of scenes) {
    for (const size of SIZES) {
      for (const quality of QUALITIES) {
        results.push(await measure(sceneId, size, quality));
        const r = results.at(-1);
        console.log(
          `${sceneId.padEnd(14)} ${`${size.width}×${size.height}`.padEnd(10)} ${quality.padEnd(7)} first frame ${String(r.firstFrameMs).padStart(6)} ms  median ${r.medianFrameMs.toFixed(1).padStart(6)} ms  p95 ${r.p95FrameMs.toFixed(1).padStart(6)} ms  calls ${String(r.drawCalls).padStart(3)}  triangles ${String(r.triangles).padStart(8)}  geometries ${r.geometries}  textures ${r.textures}`,
        );
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
mkdirSync('bench', { recursive: true });
writeFileSync(
  'bench/results.json',
  `${JSON.stringify({ date: new Date().toISOString(), renderer: 'headless Chromium, SwiftShader (software WebGL)', results }, null, 2)}\n`,
);
console.log('wrote bench/results.json');

async function listScenes() {
  const page = await browser.newPage();
  await page.goto(`${url}?paused=1`);
  await page.waitForFunction(() => window.urverseny !== undefined);
  const ids = await page.evaluate(() =>
    window.urverseny
      .scenes()
      .filter((s) => s.available)
      .map((s) => s.id),
  );
  await page.close();
  return ids;
}

async function measure(sceneId, viewport, quality) {
  const page = await browser.newPage({ viewport });
  const started = Date.now();
  await page.goto(`${url}?scene=${sceneId}&paused=1&t=0&quality=${quality}`);
  await page.waitForFunction(() => window.urverseny !== undefined);
  await page.evaluate(() => window.urverseny.seek(0));
  const firstFrameMs = Date.now() - started;
  const frameTimes = await page.evaluate(
    async ({ seeks, frames }) => {
      const api = window.urverseny;
      const duration = api.state().durationSec;
      const times = [];
      for (let i = 0; i < seeks; i++) {
        await api.seek((duration * (i + 0.5)) / seeks);
        let last = await new Promise((r) => requestAnimationFrame(r));
        for (let f = 0; f < frames; f++) {
          const now = await new Promise((r) => requestAnimationFrame(r));
          times.push(now - last);
          last = now;
        }
      }
      return times;
    },
    { seeks: SEEKS, frames: FRAMES_PER_SEEK },
  );
  const stats = await page.evaluate(() => window.urverseny.renderer());
  await page.close();
  frameTimes.sort((a, b) => a - b);
  return {
    sceneId,
    width: viewport.width,
    height: viewport.height,
    quality,
    firstFrameMs,
    medianFrameMs: frameTimes[Math.floor(frameTimes.length / 2)],
    p95FrameMs: frameTimes[Math.floor(frameTimes.length * 0.95)],
    drawCalls: stats.calls,
    triangles: stats.triangles,
    points: stats.points,
    lines: stats.lines,
    geometries: stats.geometries,
    textures: stats.textures,
  };
}
