import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClipRequest } from '../../src/core/record/clip-plan.ts';
import { evaluate } from '../../src/core/script/evaluate.ts';
import { repoCatalog } from '../helpers/catalog.ts';
import { appUrl, keepToOrigin, launchBrowser, openApp } from './browser.ts';
import {
  parseVtt,
  probeVideo,
  processesTagged,
  processTree,
  runRecord,
  stillRunning,
} from './media.ts';

// Every playable scene in scenes/, so a new scene is covered as soon as it lands.
const scenes = repoCatalog().flatMap((entry) => (entry.scene ? [entry.scene] : []));
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'urverseny-record-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A moment just inside the scene's first caption, so the clip opens on a caption. */
function captionedStart(scene: (typeof scenes)[number]): number {
  return Math.ceil(scene.captions[0]!.fromSec * 10) / 10 + 0.2;
}

/** What a 1 s clip at 320x180 and 10 fps probes as. */
const ONE_SECOND_AT_320 = { codec: 'h264', width: 320, height: 180, frames: 10, durationSec: 1 };

/** The clip's first cues, in both languages and both formats, carry `caption` from 0 s. */
function expectSubtitlesOpenOn(
  files: Record<'hu' | 'en', { vtt: string; srt: string }>,
  caption: { hu: string; en: string },
): void {
  for (const lang of ['hu', 'en'] as const) {
    const cues = parseVtt(files[lang].vtt);
    expect(cues[0]).toMatchObject({ startSec: 0, text: caption[lang] });
    expect(cues.at(-1)!.endSec).toBeLessThanOrEqual(1);
    expect(files[lang].srt.split('\n').slice(0, 3)).toEqual([
      '1',
      expect.stringMatching(/^00:00:00,000 --> 00:00:0\d,\d{3}$/),
      caption[lang],
    ]);
  }
}

describe('npm run record', () => {
  it(`records 1 s of ${scenes[0]!.id} at 320x180, 10 fps, with subtitles timed to the clip`, async () => {
    const scene = scenes[0]!;
    const fromSec = captionedStart(scene);
    const out = join(dir, `${scene.id}.mp4`);
    const args = ['--scene', scene.id, '--from', String(fromSec), '--to', String(fromSec + 1)];
    const size = ['--fps', '10', '--size', '320x180', '--quality', 'low'];
    const run = runRecord([...args, ...size, '--out', out]);
    const { code, stderr } = await run.done;
    expect(code, stderr).toBe(0);
    expect(stderr).toMatch(/10\/10 frames {2}[\d.]+ frames\/s/);
    expect(probeVideo(out)).toEqual(ONE_SECOND_AT_320);
    const read = (lang: 'hu' | 'en', kind: 'vtt' | 'srt') =>
      readFileSync(join(dir, `${scene.id}.${lang}.${kind}`), 'utf8');
    expectSubtitlesOpenOn(
      {
        hu: { vtt: read('hu', 'vtt'), srt: read('hu', 'srt') },
        en: { vtt: read('en', 'vtt'), srt: read('en', 'srt') },
      },
      evaluate(scene, fromSec).caption!,
    );
  });

  // Every scene through the page's recorder (what the CLI drives), in one browser: a scene that
  // cannot be rendered or encoded in record mode fails here as soon as its file lands.
  describe('every scene in record mode', () => {
    let browser: Browser;
    let page: Page;
    beforeAll(async () => {
      browser = await launchBrowser();
      page = await openApp(browser, `?scene=${scenes[0]!.id}&paused=1`, {
        width: 320,
        height: 180,
      });
    });
    afterAll(async () => {
      await browser?.close();
    });

    it.each(scenes.map((scene) => [scene.id, scene] as const))(
      'records 1 s of %s at 320x180, 10 fps, with subtitles timed to the clip',
      async (id, scene) => {
        const fromSec = captionedStart(scene);
        const request: ClipRequest = {
          sceneId: id,
          from: { kind: 'playback', sec: fromSec },
          to: { kind: 'playback', sec: fromSec + 1 },
          fps: 10,
          width: 320,
          height: 180,
          lang: 'hu',
          captions: 'burn',
          quality: 'low',
          format: 'mp4',
        };
        const clip = await page.evaluate(async (request) => {
          const chunks: { data: number[]; position: number }[] = [];
          const made = await window.urverseny!.recordClip(request, {
            write: (data: Uint8Array, position: number) => {
              chunks.push({ data: Array.from(data), position });
            },
          });
          return { chunks, subtitles: made.subtitles };
        }, request);
        const size = Math.max(...clip.chunks.map((c) => c.position + c.data.length));
        const bytes = Buffer.alloc(size);
        for (const chunk of clip.chunks) bytes.set(chunk.data, chunk.position);
        const out = join(dir, `page-${id}.mp4`);
        writeFileSync(out, bytes);
        expect(probeVideo(out)).toEqual(ONE_SECOND_AT_320);
        expectSubtitlesOpenOn(clip.subtitles, evaluate(scene, fromSec).caption!);
      },
    );
  });

  it('records VP9 WebM without burned-in captions', async () => {
    const out = join(dir, 'clip.webm');
    const run = runRecord([
      ...['--scene', scenes[0]!.id, '--from', '10', '--to', '11', '--fps', '10'],
      ...['--size', '320x180', '--captions', 'none', '--quality', 'low', '--out', out],
    ]);
    const { code, stderr } = await run.done;
    expect(code, stderr).toBe(0);
    expect(probeVideo(out)).toMatchObject({ codec: 'vp9', width: 320, height: 180, frames: 10 });
    expect(existsSync(join(dir, 'clip.hu.vtt'))).toBe(true);
  });

  it('refuses bad arguments with one line, exit code 2 and no file left behind', async () => {
    const taken = join(dir, 'taken.mp4');
    mkdirSync(taken);
    const scene = scenes[0]!.id;
    const cases: [string[], RegExp][] = [
      [['--scene', 'nope'], /^record: --scene no scene "nope"; available: /],
      [['--scene', scene, '--fps', '0'], /^record: --fps must be a whole number from 1 to 120/],
      [['--scene', scene, '--from', '20', '--to', '10'], /^record: --to must be after from/],
      [['--scene', scene, '--to', '99999'], /^record: --to 99999 s is past the end of /],
    ];
    const bad = join(dir, 'bad');
    mkdirSync(bad);
    const runs = cases.map(([args], i) => runRecord([...args, '--out', join(bad, `${i}.mp4`)]));
    const unwritable = [
      runRecord(['--scene', scene, '--out', join(dir, 'no-such-dir', 'clip.mp4')]),
      runRecord(['--scene', scene, '--out', taken]),
    ];
    const results = await Promise.all([...runs, ...unwritable].map((run) => run.done));
    const patterns = [
      ...cases.map(([, pattern]) => pattern),
      /^record: --out cannot be written: no directory /,
      /^record: --out cannot be written: .*taken\.mp4 is a directory$/,
    ];
    results.forEach(({ code, stderr }, i) => {
      expect(code, stderr).toBe(2);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr.trim()).toMatch(patterns[i]!);
    });
    expect(readdirSync(bad)).toEqual([]);
    expect(readdirSync(dir).filter((name) => name.includes('.part'))).toEqual([]);
  });

  it('on Ctrl-C closes the browser and removes the unfinished file', async () => {
    const tag = `URVERSENY_RECORD_TEST_${process.pid}_${Date.now()}`;
    const out = join(dir, 'interrupted.mp4');
    const run = runRecord(
      ['--scene', scenes[0]!.id, '--to', '60', '--size', '640x360', '--out', out],
      { URVERSENY_RECORD_TEST_TAG: tag },
    );
    await expect.poll(run.stderr, { timeout: 60_000, interval: 100 }).toMatch(/frames\/s/);
    // The CLI, its browser and the browser's zygotes, GPU and renderer processes.
    const tree = processTree(run.child.pid!);
    expect(tree.length).toBeGreaterThan(3);
    expect(processesTagged(tag).length).toBeGreaterThan(1);
    run.child.kill('SIGINT');
    const { code, stderr } = await run.done;
    expect(code, stderr).toBe(130);
    expect(stderr).toContain('record: interrupted; cleaning up');
    await expect.poll(() => stillRunning(tree), { timeout: 10_000 }).toEqual([]);
    await expect.poll(() => processesTagged(tag), { timeout: 10_000 }).toEqual([]);
    expect(
      readdirSync(dir).filter((name) => name.startsWith('interrupted') || name.includes('.part')),
    ).toEqual([]);
  });
});

describe('frame determinism', () => {
  const browsers: Browser[] = [];
  afterAll(async () => {
    await Promise.all(browsers.map((b) => b.close()));
  });

  it('renders frame N identically in two separate runs (and twice in one run)', async () => {
    const scene = scenes[0]!;
    const request: ClipRequest = {
      sceneId: scene.id,
      from: { kind: 'playback', sec: captionedStart(scene) },
      to: { kind: 'playback', sec: captionedStart(scene) + 1 },
      fps: 10,
      width: 640,
      height: 360,
      lang: 'hu',
      captions: 'burn',
      quality: 'high',
      format: 'mp4',
    };
    // Each run is its own browser; the second has another window size and pixel ratio.
    const freshRun = async (viewport: { width: number; height: number }, scale: number) => {
      const browser = await launchBrowser();
      browsers.push(browser);
      const page = await browser.newPage({ viewport, deviceScaleFactor: scale });
      await keepToOrigin(page);
      await page.goto(appUrl(`?scene=${scene.id}&paused=1&quality=low`));
      await page.waitForFunction(() => window.urverseny !== undefined);
      return (clip: ClipRequest, indices: number[]) =>
        page.evaluate(({ clip, indices }) => window.urverseny!.frameHashes(clip, indices), {
          clip,
          indices,
        });
    };
    // Side by side: each run waits on its own start-up much of the time.
    const [firstRun, secondRun] = await Promise.all([
      freshRun({ width: 640, height: 360 }, 1),
      freshRun({ width: 1280, height: 720 }, 2),
    ]);
    const [first, second] = await Promise.all([
      firstRun(request, [7, 0, 7]),
      secondRun(request, [7]),
    ]);
    const [withoutCaption] = await firstRun({ ...request, captions: 'none' }, [7]);
    expect(first[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(first[2]).toBe(first[0]);
    expect(second[0]).toBe(first[0]);
    expect(first[1]).not.toBe(first[0]);
    expect(withoutCaption).not.toBe(first[0]);
  });
});

/** The clip tools live apart from the visitor's bar: Settings, then "Make a clip…". */
async function openClipTools(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Make a clip…' }).click();
  await page.getByTestId('clip-panel').waitFor();
}

describe('Record clip in the player', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('records the marked range with progress and offers the video and subtitles', async () => {
    const scene = scenes[0]!;
    const fromSec = captionedStart(scene);
    const page = await openApp(browser, `?scene=${scene.id}&paused=1&lang=en`);
    await page.evaluate((t) => window.urverseny!.seek(t), fromSec);
    await openClipTools(page);
    await page.getByRole('button', { name: /Start the clip here$/ }).click();
    await page.evaluate((t) => window.urverseny!.seek(t), fromSec + 0.3);
    await page.getByRole('button', { name: /End the clip here$/ }).click();
    await page.getByRole('button', { name: 'Record clip' }).click();
    await page.getByLabel('Size', { exact: true }).selectOption('640x360');
    await page.getByLabel('Quality', { exact: true }).selectOption('low');
    await page.getByRole('button', { name: 'Record', exact: true }).click();
    await expect
      .poll(() => page.getByTestId('record-progress').isVisible(), { timeout: 30_000 })
      .toBe(true);

    const video = page.getByRole('link', { name: /\.mp4$/ });
    await video.waitFor({ timeout: 90_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), video.click()]);
    const out = join(dir, download.suggestedFilename());
    await download.saveAs(out);
    expect(probeVideo(out)).toMatchObject({ codec: 'h264', width: 640, height: 360, frames: 9 });
    const names = await page.getByRole('link').allInnerTexts();
    const base = download.suggestedFilename().replace(/\.mp4$/, '');
    expect(names).toEqual([
      `${base}.mp4`,
      `${base}.hu.vtt`,
      `${base}.hu.srt`,
      `${base}.en.vtt`,
      `${base}.en.srt`,
    ]);
    // Back to the player: its own frame loop, the time where it was.
    await page.getByRole('button', { name: 'Close' }).click();
    const state = await page.evaluate(() => window.urverseny!.state());
    expect(state.recording).toBe(false);
    expect(state.playback).toBeCloseTo(fromSec + 0.3, 5);
    await page.close();
  });

  it('cancels a recording and leaves the player working', async () => {
    const page = await openApp(browser, `?scene=${scenes[0]!.id}&paused=1&lang=en`);
    await openClipTools(page);
    await page.getByRole('button', { name: 'Record clip' }).click();
    await page.getByLabel('Size', { exact: true }).selectOption('640x360');
    await page.getByLabel('Quality', { exact: true }).selectOption('low');
    await page.getByRole('button', { name: 'Record', exact: true }).click();
    await expect
      .poll(() => page.getByTestId('record-progress').innerText(), { timeout: 60_000 })
      .toMatch(/^[1-9]\d*\//);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect
      .poll(() => page.getByRole('status').last().innerText(), { timeout: 30_000 })
      .toBe('Recording cancelled.');
    expect(await page.evaluate(() => window.urverseny!.state().recording)).toBe(false);
    await page.getByRole('button', { name: 'Close' }).click();
    await page.evaluate(() => window.urverseny!.seek(30));
    expect(await page.evaluate(() => window.urverseny!.state().playback)).toBe(30);
    await page.close();
  });
});
