import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  fisheyePoint,
  toPixel,
  type DomeSettings,
} from '../../src/core/projection/dome-projection.ts';
import type { ClipRequest } from '../../src/core/record/clip-plan.ts';
import { launchBrowser, openApp } from './browser.ts';
import { runJoin, runRecord } from './media.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'urverseny-record-scale-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** MD5 of every decoded picture (ffmpeg's framemd5): what a viewer sees, not the bytes. */
function decodedFrames(path: string): string[] {
  const text = execFileSync(
    'ffmpeg',
    ['-v', 'error', '-i', path, '-map', '0:v:0', '-f', 'framemd5', '-'],
    { encoding: 'utf8' },
  );
  return text
    .split('\n')
    .filter((line) => /^\d/.test(line))
    .map((line) => line.split(',').at(-1)!.trim());
}

function probe(path: string, entries: string): Record<string, string> {
  const json = execFileSync(
    'ffprobe',
    ['-v', 'error', '-select_streams', 'v:0', '-show_entries', entries, '-of', 'json', path],
    { encoding: 'utf8' },
  );
  return JSON.parse(json).streams[0];
}

const tiny = ['--scene', 'sputnik-1', '--from', '60', '--to', '62', '--fps', '1'];
const small = ['--size', '320x180', '--quality', 'low', '--captions', 'none'];
// Medium draws through the bloom and refreshes its environment map from the sky: the slices
// must still join frame-identical (each slice redraws that map at the whole clip's frames).
const smallMedium = ['--size', '320x180', '--quality', 'medium', '--captions', 'none'];

describe('npm run record at scale', () => {
  it('--jobs 2 joins slices into a clip frame-identical to --jobs 1 at medium, with a clip.json sidecar', async () => {
    const one = join(dir, 'one.mp4');
    const two = join(dir, 'two.mp4');
    const png = join(dir, 'frames');
    // Together: the machine's cores are better used, and each run is start-up bound.
    const runs = await Promise.all(
      [
        runRecord([...tiny, ...smallMedium, '--jobs', '1', '--out', one]),
        runRecord([...tiny, ...smallMedium, '--jobs', '2', '--out', two]),
        runRecord([
          ...tiny,
          ...small,
          ...['--frames', '1:2', '--format', 'png', '--background', 'transparent', '--out', png],
        ]),
      ].map((run) => run.done),
    );
    for (const { code, stderr } of runs) expect(code, stderr).toBe(0);
    expect(runs[0]!.stderr).toMatch(/^Renderer: .*SwiftShader.* \(software\)$/m);
    expect(runs[1]!.stderr).toMatch(/2 jobs in parallel/);

    const frames = decodedFrames(one);
    expect(frames).toHaveLength(2);
    expect(new Set(frames).size).toBe(2);
    expect(decodedFrames(two)).toEqual(frames);
    expect(probe(two, 'stream=duration')).toEqual(probe(one, 'stream=duration'));
    const sidecar = JSON.parse(readFileSync(join(dir, 'one.json'), 'utf8'));
    const joined = JSON.parse(readFileSync(join(dir, 'two.json'), 'utf8'));
    expect(sidecar).toMatchObject({
      scene: 'sputnik-1',
      fromSec: 60,
      toSec: 62,
      fps: 1,
      width: 320,
      height: 180,
      quality: 'medium',
      frames: { start: 0, end: 2, total: 2 },
      renderer: expect.stringMatching(/SwiftShader/),
      build: expect.stringMatching(/^[0-9a-f]{16}$/),
      firstFrameSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    // The same pixels rendered in two processes: the hashes of the frames agree.
    expect(joined).toMatchObject({
      frames: sidecar.frames,
      firstFrameSha256: sidecar.firstFrameSha256,
      lastFrameSha256: sidecar.lastFrameSha256,
    });

    // A transparent PNG slice: named by the clip's frame number, RGBA, with its own sidecar.
    expect(readdirSync(png).filter((n) => n.endsWith('.png'))).toEqual(['000001.png']);
    expect(probe(join(png, '000001.png'), 'stream=codec_name,width,height,pix_fmt')).toMatchObject({
      codec_name: 'png',
      width: 320,
      height: 180,
      pix_fmt: 'rgba',
    });
    expect(JSON.parse(readFileSync(join(png, 'clip.json'), 'utf8'))).toMatchObject({
      frames: { start: 1, end: 2, total: 2 },
      background: 'transparent',
      format: 'png',
    });
  });

  it('record:join checks that parts are one clip and tile it, then joins them by copying', async () => {
    // Two sidecars that claim the halves of a 4-frame clip, over copies of a real 2-frame file.
    const sidecar = JSON.parse(readFileSync(join(dir, 'one.json'), 'utf8'));
    const parts = join(dir, 'parts');
    mkdirSync(parts);
    const part = (name: string, start: number, end: number, change: object = {}) => {
      copyFileSync(join(dir, 'one.mp4'), join(parts, `${name}.mp4`));
      const manifest = { ...sidecar, toSec: 64, frames: { start, end, total: 4 }, ...change };
      writeFileSync(join(parts, `${name}.json`), JSON.stringify(manifest));
      return join(parts, `${name}.mp4`);
    };
    const a = part('a', 0, 2);
    const b = part('b', 2, 4);
    const gap = part('gap', 3, 4);
    const otherTier = part('other', 2, 4, { quality: 'high' });
    const out = join(dir, 'joined.mp4');
    const results = await Promise.all(
      [
        runJoin([b, a, '--out', out]),
        runJoin([a, gap, '--out', join(dir, 'never-1.mp4')]),
        runJoin([a, otherTier, '--out', join(dir, 'never-2.mp4')]),
        runJoin([a, b, '--out', join(dir, 'never-3.webm')]),
      ].map((run) => run.done),
    );
    expect(results[0]!.code, results[0]!.stderr).toBe(0);
    expect(decodedFrames(out)).toEqual([...decodedFrames(a), ...decodedFrames(b)]);
    // Each part lasts exactly its frames: the sound's codec padding does not delay the next part.
    expect(probe(out, 'stream=duration').duration).toBe('4.000000');
    expect(JSON.parse(readFileSync(join(dir, 'joined.json'), 'utf8')).frames).toEqual({
      start: 0,
      end: 4,
      total: 4,
    });
    const refusals = [
      /^record:join: frames 2:3 are missing \(a gap before .*gap\.mp4\)$/,
      /^record:join: .*other\.mp4 has quality high, .*a\.mp4 has medium$/,
      /^record:join: --out must end in \.mp4 for these parts, got .*never-3\.webm$/,
    ];
    results.slice(1).forEach(({ code, stderr }, i) => {
      expect(code, stderr).toBe(2);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr.trim()).toMatch(refusals[i]!);
    });
    expect(readdirSync(dir).filter((n) => n.startsWith('never') || n.includes('.part'))).toEqual(
      [],
    );
  });

  it('refuses bad combinations with one line, exit code 2 and nothing written; --gpu on needs a GPU', async () => {
    const bad = join(dir, 'bad');
    mkdirSync(bad);
    const gpuOut = join(dir, 'gpu.mp4');
    const gpuRun = runRecord([
      ...tiny,
      ...small,
      '--frames',
      '0:1',
      '--gpu',
      'on',
      '--out',
      gpuOut,
    ]);
    const cases: [string[], RegExp, Record<string, string>?][] = [
      [
        ['--projection', 'fisheye', '--size', '1920x1080'],
        /^record: --size must be square for --projection fisheye, up to 4096x4096, got 1920x1080$/,
      ],
      [['--jobs', '0'], /^record: --jobs must be a whole number from 1 to 64, got 0$/],
      [['--frames', '0:99999'], /^record: --frames 0:99999 is outside the clip's \d+ frames/],
      [
        ['--format', 'prores'],
        /^record: --format prores needs ffmpeg with the prores_ks encoder; none found/,
        { FFMPEG: join(dir, 'no-ffmpeg-here') },
      ],
    ];
    const results = await Promise.all(
      cases.map(([args, , env], i) => {
        const out = join(bad, `${i}.${args.includes('prores') ? 'mov' : 'mp4'}`);
        return runRecord(['--scene', 'sputnik-1', ...args, '--out', out], env ?? {}).done;
      }),
    );
    results.forEach(({ code, stderr }, i) => {
      expect(code, stderr).toBe(2);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr.trim()).toMatch(cases[i]![1]);
    });
    expect(readdirSync(bad)).toEqual([]);

    const { code, stderr } = await gpuRun.done;
    if (code === 0) {
      // A machine with a GPU: the sidecar names a hardware renderer.
      expect(JSON.parse(readFileSync(join(dir, 'gpu.json'), 'utf8')).renderer).not.toMatch(
        /SwiftShader|llvmpipe|software/i,
      );
    } else {
      // None here: one line naming what answered instead, and nothing written.
      expect(code).toBe(1);
      expect(stderr.trim()).toMatch(/^record: --gpu on: no usable GPU for WebGL \(.*\)$/);
      expect(readdirSync(dir).filter((n) => n.startsWith('gpu') || n.includes('.part'))).toEqual(
        [],
      );
    }
  });
});

/** Raw RGBA frames of a clip, recorded in the page (the PNG path without the files). */
async function renderFrames(page: Page, request: ClipRequest): Promise<Uint8Array[]> {
  const frames = await page.evaluate(async (request) => {
    const got: string[] = [];
    await window.urverseny!.recordClip(request, {
      write: () => {},
      frame: (rgba: Uint8Array) =>
        void got.push((rgba as unknown as { toBase64(): string }).toBase64()),
    } as never);
    return got;
  }, request);
  return frames.map((base64) => new Uint8Array(Buffer.from(base64, 'base64')));
}

const pixel = (rgba: Uint8Array, width: number, x: number, y: number) => {
  const i = (Math.floor(y) * width + Math.floor(x)) * 4;
  return [rgba[i]!, rgba[i + 1]!, rgba[i + 2]!, rgba[i + 3]!];
};

describe('dome, 360° and transparent frames', () => {
  let browser: Browser;
  let page: Page;
  // Central Asia's afternoon from about 10,000 km before the Soyuz launch: daylit Earth across the
  // view (the page opens at the same moment, so project() speaks of the same frame).
  const clip: ClipRequest = {
    sceneId: 'apollo-soyuz',
    from: { kind: 'playback', sec: 20 },
    to: { kind: 'playback', sec: 21 },
    fps: 1,
    width: 320,
    height: 180,
    lang: 'en',
    captions: 'none',
    quality: 'low',
    format: 'png',
  };
  beforeAll(async () => {
    browser = await launchBrowser();
    // The page's own size is the flat clip's, so `project()` measures in the clip's pixels.
    page = await openApp(browser, '?scene=apollo-soyuz&t=20&paused=1&quality=low&lang=en', {
      width: 320,
      height: 180,
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a fisheye frame is black outside its circle and shows each place where the maths puts it', async () => {
    const dome: DomeSettings = { fovDeg: 90, tiltDeg: 20 };
    const size = 256;
    const [flat] = await renderFrames(page, clip);
    const [fisheye] = await renderFrames(page, {
      ...clip,
      width: size,
      height: size,
      projection: 'fisheye',
      domeFovDeg: dome.fovDeg,
      domeTiltDeg: dome.tiltDeg,
    });
    // Outside the inscribed circle: pure black, opaque.
    for (const [x, y] of [
      [0, 0],
      [size - 1, 0],
      [0, size - 1],
      [size - 1, size - 1],
      [20, 20],
      [236, 30],
    ])
      expect(pixel(fisheye!, size, x!, y!)).toEqual([0, 0, 0, 255]);
    // Places on the daylit Earth in view: the flat frame's colour there (by the camera's own
    // projection) against the fisheye's at the point the projection maths gives.
    const places: { flat: number[]; fisheye: number[]; untilted: number[] }[] = [];
    for (let lat = 30; lat <= 60; lat += 3)
      for (let lon = 40; lon <= 80; lon += 4) {
        const screen = await page.evaluate(
          ([a, b]) => window.urverseny!.project(a!, b!),
          [lat, lon],
        );
        if (!screen.visible || screen.x < 4 || screen.y < 30 || screen.x > 316 || screen.y > 176)
          continue;
        const direction = await page.evaluate(
          ([a, b]) => window.urverseny!.viewDirection(a!, b!),
          [lat, lon],
        );
        const at = fisheyePoint(direction, dome);
        const wrong = fisheyePoint(direction, { ...dome, tiltDeg: 0 });
        // Off the dome's circle (with the tilt or without it): not a place to compare.
        if (!at || !wrong) continue;
        const p = toPixel(at, size, size);
        const q = toPixel(wrong, size, size);
        places.push({
          flat: pixel(flat!, 320, screen.x, screen.y),
          fisheye: pixel(fisheye!, size, p.x, p.y),
          untilted: pixel(fisheye!, size, q.x, q.y),
        });
      }
    expect(places.length).toBeGreaterThan(20);
    const difference = (key: 'fisheye' | 'untilted') =>
      places.reduce(
        (sum, place) =>
          sum + place.flat.slice(0, 3).reduce((s, c, i) => s + Math.abs(c - place[key][i]!), 0) / 3,
        0,
      ) / places.length;
    // The fisheye samples a cube map, so it is softer than the flat frame: close, not equal.
    expect(difference('fisheye')).toBeLessThan(30);
    // Control: had the tilt been left out, the same places would land on other colours.
    expect(difference('untilted')).toBeGreaterThan(1.8 * difference('fisheye'));
  });

  it('an equirectangular frame wraps seamlessly at its left and right edges', async () => {
    const [width, height] = [256, 128];
    const [frame] = await renderFrames(page, { ...clip, width, height, projection: 'equirect' });
    const columnDifference = (a: number, b: number) => {
      let sum = 0;
      for (let y = 0; y < height; y++)
        for (let c = 0; c < 3; c++)
          sum += Math.abs(pixel(frame!, width, a, y)[c]! - pixel(frame!, width, b, y)[c]!);
      return sum / (height * 3);
    };
    const seam = columnDifference(0, width - 1);
    const neighbours = [40, 100, 170, 220].map((x) => columnDifference(x, x + 1));
    expect(Math.max(...neighbours)).toBeGreaterThan(0);
    expect(seam).toBeLessThanOrEqual(2 * Math.max(...neighbours) + 1);
    // Not uniform: the frame shows the Earth below and space above.
    expect(columnDifference(0, width / 2)).toBeGreaterThan(seam);
  });

  it('a transparent frame has alpha around the Earth and no stars', async () => {
    const sputnik: ClipRequest = {
      ...clip,
      sceneId: 'sputnik-1',
      from: { kind: 'playback', sec: 60 },
      to: { kind: 'playback', sec: 61 },
      background: 'transparent',
    };
    const [frame] = await renderFrames(page, sputnik);
    const alphas = { clear: 0, opaque: 0, total: 320 * 180 };
    for (let i = 3; i < frame!.length; i += 4) {
      if (frame![i] === 0) alphas.clear++;
      if (frame![i] === 255) alphas.opaque++;
    }
    expect(alphas.clear / alphas.total).toBeGreaterThan(0.1);
    expect(alphas.opaque / alphas.total).toBeGreaterThan(0.2);
    expect(pixel(frame!, 320, 319, 0)).toEqual([0, 0, 0, 0]);
    const [withSpace] = await renderFrames(page, { ...sputnik, background: 'space' });
    expect(pixel(withSpace!, 320, 319, 0)[3]).toBe(255);
  });

  it('previews the dome in the player with ?projection=fisheye', async () => {
    const preview = await openApp(
      browser,
      '?scene=apollo-soyuz&t=30&paused=1&quality=low&projection=fisheye',
      {
        width: 320,
        height: 180,
      },
    );
    // Hide the interface to see the canvas alone: a 180 px circle in the middle, black beside it.
    await preview.evaluate(() =>
      document
        .querySelectorAll<HTMLElement>('main > :not(.view)')
        .forEach((e) => (e.style.display = 'none')),
    );
    const shot = await preview.screenshot({ type: 'png' });
    const file = join(dir, 'preview.png');
    writeFileSync(file, shot);
    const raw = execFileSync('ffmpeg', [
      '-v',
      'error',
      '-i',
      file,
      '-f',
      'rawvideo',
      '-pix_fmt',
      'rgba',
      '-',
    ]);
    const rgba = new Uint8Array(raw);
    expect(pixel(rgba, 320, 30, 90).slice(0, 3)).toEqual([0, 0, 0]);
    expect(pixel(rgba, 320, 290, 90).slice(0, 3)).toEqual([0, 0, 0]);
    expect(Math.max(...pixel(rgba, 320, 160, 120).slice(0, 3))).toBeGreaterThan(30);
    await preview.close();
  });
});
