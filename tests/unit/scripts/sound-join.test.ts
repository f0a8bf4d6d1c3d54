/**
 * The recorder's sound in MP4 without a browser AAC encoder: ffmpeg re-encodes the page's Opus to
 * AAC with the video copied bit for bit, and record:join joins AAC parts with their sound cut to
 * each part's frames, so it stays as long as the pictures and on time after every join. The parts
 * are made here by ffmpeg as the page makes them (H.264 without B-frames, Opus), each with a
 * 1 kHz burst 0.5 s after its first frame.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM script without types
import * as ffmpeg from '../../../scripts/record/ffmpeg.mjs';
import { clipManifest } from '../../../src/core/record/clip-manifest.ts';
import { planClip, type ClipRequest } from '../../../src/core/record/clip-plan.ts';
import { buildCatalog } from '../../../src/core/script/scene-catalog.ts';
import { decodeAudio, DECODE_RATE } from '../../e2e/audio-analysis.ts';
import { MODEL_CATALOG, readSceneText, root, sourceText } from '../../helpers/scenes.ts';

const { reencodeAudio } = ffmpeg as {
  reencodeAudio: (i: string, o: string, c: string, e: string, d: number) => Promise<void>;
};
const FPS = 30;
const PART_SEC = 2;
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'urverseny-sound-join-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function opusPart(path: string): void {
  execFileSync('ffmpeg', [
    ...['-v', 'error', '-y', '-f', 'lavfi', '-i', `testsrc=size=160x90:rate=${FPS}`],
    ...['-f', 'lavfi', '-i', "aevalsrc='if(between(t,0.5,0.6),0.5*sin(2*PI*1000*t),0)':s=48000"],
    ...['-t', String(PART_SEC), '-c:v', 'libx264', '-bf', '0', '-g', String(FPS)],
    ...['-c:a', 'libopus', '-b:a', '96k', path],
  ]);
}

function probe(path: string) {
  const out = execFileSync(
    'ffprobe',
    [
      ...['-v', 'error', '-show_entries', 'stream=codec_type,codec_name,duration,start_time'],
      ...['-of', 'json', path],
    ],
    { encoding: 'utf8' },
  );
  const streams = (
    JSON.parse(out) as {
      streams: { codec_type: string; codec_name: string; duration: string; start_time: string }[];
    }
  ).streams;
  const of = (type: string) => streams.find((s) => s.codec_type === type)!;
  return { video: of('video'), audio: of('audio') };
}

/** The video stream's packets, hashed: identical when the video was copied bit for bit. */
function videoHash(path: string): string {
  const bytes = execFileSync('ffmpeg', [
    '-v',
    'error',
    '-i',
    path,
    '-map',
    '0:v',
    '-c',
    'copy',
    '-f',
    'h264',
    '-',
  ]);
  return createHash('sha256').update(bytes).digest('hex');
}

/** Onsets of the bursts in the decoded sound, s. */
function burstOnsets(path: string): number[] {
  const samples = decodeAudio(path);
  const onsets: number[] = [];
  let quiet = Infinity;
  for (let n = 0; n < samples.length; n++) {
    if (Math.abs(samples[n]!) > 0.1) {
      if (quiet > DECODE_RATE / 10) onsets.push(n / DECODE_RATE);
      quiet = 0;
    } else quiet++;
  }
  return onsets;
}

describe('AAC in MP4 through ffmpeg', () => {
  it('re-encodes the sound to AAC as long as the video, copying the video bit for bit', async () => {
    const opus = join(dir, 'opus.mp4');
    const aac = join(dir, 'aac.mp4');
    opusPart(opus);
    await reencodeAudio(opus, aac, 'mp4', 'aac', PART_SEC);
    const { video, audio } = probe(aac);
    expect(audio.codec_name).toBe('aac');
    expect(Math.abs(Number(audio.duration) - Number(video.duration))).toBeLessThanOrEqual(1 / FPS);
    expect(videoHash(aac)).toBe(videoHash(opus));
    expect(burstOnsets(aac).map((s) => +s.toFixed(3))).toEqual([0.5]);
  }, 60_000);

  it('joins AAC parts with record:join: the sound stays as long as the video and on time', async () => {
    const request: ClipRequest = {
      sceneId: 'sputnik-1',
      from: { kind: 'playback', sec: 152 },
      to: { kind: 'playback', sec: 152 + 2 * PART_SEC },
      fps: FPS,
      width: 160,
      height: 90,
      lang: 'en',
      captions: 'none',
      quality: 'low',
      format: 'mp4',
    };
    const catalog = buildCatalog(
      { 'scenes/sputnik-1.json': readSceneText('sputnik-1') },
      sourceText,
      MODEL_CATALOG,
    );
    const parts = [0, 1].map((i) => join(dir, `part-${i}.mp4`));
    for (const [i, part] of parts.entries()) {
      const opus = join(dir, `part-${i}.opus.mp4`);
      opusPart(opus);
      await reencodeAudio(opus, part, 'mp4', 'aac', PART_SEC);
      const frames = { start: i * PART_SEC * FPS, end: (i + 1) * PART_SEC * FPS };
      const plan = planClip({ ...request, frames }, catalog);
      const made = {
        renderer: 'test',
        build: 'test',
        audioCodec: 'aac',
        firstFrameSha256: '',
        lastFrameSha256: '',
      };
      writeFileSync(part.replace(/\.mp4$/, '.json'), JSON.stringify(clipManifest(plan, made)));
    }
    const out = join(dir, 'joined.mp4');
    const run = spawnSync(
      process.execPath,
      ['scripts/record-join.mjs', parts[1]!, parts[0]!, '--out', out],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect(run.status, run.stderr).toBe(0);
    const { video, audio } = probe(out);
    expect(audio.codec_name).toBe('aac');
    expect(Number(video.start_time)).toBe(0);
    expect(Number(video.duration)).toBeCloseTo(2 * PART_SEC, 6);
    expect(Math.abs(Number(audio.duration) - Number(video.duration))).toBeLessThanOrEqual(1 / FPS);
    // Each part's burst where its frames put it: no priming or padding piled up at the join.
    const onsets = burstOnsets(out);
    expect(onsets).toHaveLength(2);
    expect(Math.abs(onsets[0]! - 0.5)).toBeLessThan(0.002);
    expect(Math.abs(onsets[1]! - (PART_SEC + 0.5))).toBeLessThan(0.002);
    const sidecar = JSON.parse(readFileSync(join(dir, 'joined.json'), 'utf8')) as { audio: string };
    expect(sidecar.audio).toBe('aac');
  }, 60_000);
});
