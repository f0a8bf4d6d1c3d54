// How recording scales: frames/s at 720p and 1080p with --jobs 1, 2 and the machine's default
// (software WebGL, so the numbers compare across machines without a GPU), and the cost of a
// 4096² fisheye dome frame against a flat 1080p frame. `node scripts/bench/recording-scale.mjs`
// alone, or the bench's `record-scale` phase. Start-up is counted: parallel jobs start browsers.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../headless-chromium.mjs';
import { defaultJobs } from '../record/parallel.mjs';
import { serveStatic } from '../static-server.mjs';
import { runNode } from './run-node.mjs';

const CLIP = { scene: 'sputnik-1', from: 60, to: 62, fps: 30 };

async function recordRun(root, dir, size, jobs) {
  const out = join(dir, `clip-${size}-${jobs}.mp4`);
  const load = loadavg()[0];
  const started = Date.now();
  const { code, output } = await runNode(
    [
      join(root, 'scripts/record.mjs'),
      ...['--scene', CLIP.scene, '--from', String(CLIP.from), '--to', String(CLIP.to)],
      ...['--fps', String(CLIP.fps), '--size', size, '--gpu', 'off', '--jobs', String(jobs)],
      ...['--out', out],
    ],
    { cwd: root, timeoutMs: 1_800_000 },
  );
  const wallSec = (Date.now() - started) / 1000;
  const frames = (CLIP.to - CLIP.from) * CLIP.fps;
  if (code !== 0) return { size, jobs, error: output.trim().split('\n').at(-1) };
  const result = {
    size,
    jobs,
    frames,
    wallSec,
    framesPerSec: frames / wallSec,
    loadBefore: load,
    loadAfter: loadavg()[0],
  };
  console.log(
    `${size} --jobs ${jobs}: ${frames} frames in ${wallSec.toFixed(0)} s with start-up = ` +
      `${result.framesPerSec.toFixed(2)} frames/s (load ${load.toFixed(1)} → ${result.loadAfter.toFixed(1)})`,
  );
  return result;
}

/** Seconds per frame, as the recorder renders and reads it back, flat 1080p vs 4096² fisheye. */
async function fisheyeCost(root) {
  const served = await serveStatic(join(root, 'dist'), { port: 4260, tries: 50 });
  const browser = await launchChromium();
  try {
    const time = async (width, height, projection) => {
      const page = await browser.newPage({ viewport: { width: 640, height: 360 } });
      await page.goto(`${served.url}?scene=${CLIP.scene}&paused=1&quality=high`);
      await page.waitForFunction(() => window.urverseny !== undefined);
      const request = {
        sceneId: CLIP.scene,
        from: { kind: 'playback', sec: CLIP.from },
        to: { kind: 'playback', sec: CLIP.to },
        fps: CLIP.fps,
        width,
        height,
        lang: 'hu',
        captions: 'burn',
        quality: 'high',
        format: 'png',
        projection,
      };
      // One frame to settle (assets, shaders), then three timed.
      await page.evaluate((r) => window.urverseny.frameHashes(r, [0]), request);
      const started = Date.now();
      await page.evaluate((r) => window.urverseny.frameHashes(r, [1, 2, 3]), request);
      await page.close();
      return (Date.now() - started) / 3000;
    };
    const load = loadavg()[0];
    const flatSec = await time(1920, 1080, 'flat');
    const fisheyeSec = await time(4096, 4096, 'fisheye');
    const result = { flatSec, fisheyeSec, ratio: fisheyeSec / flatSec, load };
    console.log(
      `1080p flat ${flatSec.toFixed(2)} s/frame, 4096² fisheye ${fisheyeSec.toFixed(2)} s/frame: ` +
        `×${result.ratio.toFixed(1)} (load ${load.toFixed(1)})`,
    );
    return result;
  } finally {
    await browser.close();
    served.server.close();
  }
}

export async function measureRecordingScale(root) {
  if (!existsSync(join(root, 'dist/index.html'))) return { skipped: 'no dist/: npm run build' };
  const dir = mkdtempSync(join(tmpdir(), 'urverseny-scale-'));
  const cores = availableParallelism();
  const byDefault = defaultJobs({ hardware: false });
  console.log(`\nRecording scale: ${cores} cores, default --jobs ${byDefault} (software WebGL)`);
  try {
    const runs = [];
    for (const size of ['1280x720', '1920x1080'])
      for (const jobs of [...new Set([1, 2, byDefault])])
        runs.push(await recordRun(root, dir, size, jobs));
    return { cores, defaultJobs: byDefault, runs, fisheye: await fisheyeCost(root) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const result = await measureRecordingScale(root);
  console.log(JSON.stringify(result, null, 2));
  process.exit(0);
}
