import { describe, expect, it } from 'vitest';
import { decodeWav, encodeWav, type Pcm } from '../../../../src/core/audio/wav.ts';
import { buildCatalog } from '../../../../src/core/script/scene-catalog.ts';
import type { CompiledScene } from '../../../../src/core/script/compiled-scene.ts';
import { renderClipSound } from '../../../../src/core/soundtrack/clip-sound.ts';
import {
  DUCKED_LEVEL,
  duckLevel,
  placeNarration,
} from '../../../../src/core/soundtrack/narration-mix.ts';
import { utcAt } from '../../../../src/core/time/timeline.ts';
import { loadClipNarration } from '../../../../src/modes/record/clip-narration.ts';
import {
  loadRepoScene,
  MODEL_CATALOG,
  readSceneText,
  sourceText,
} from '../../../helpers/scenes.ts';

const RATE = 48_000;
const FPS = 30;
const sputnik = loadRepoScene('sputnik-1');

// Sputnik-1 with its last caption moved onto the first pass over the listener (playback 150–160 s,
// while the beacon is heard) and an English recording for it: 1.5 s of a 300 Hz tone made here.
const CAPTION = sputnik.captions.length - 1;
const FILE = 'audio/test/en-last.wav';
const iso = (sec: number) => new Date(utcAt(sputnik.timeline, sec)).toISOString();
const voice: Pcm = {
  sampleRate: RATE,
  channels: [
    Float32Array.from(
      { length: 1.5 * RATE },
      (_, n) => 0.4 * Math.sin((2 * Math.PI * 300 * n) / RATE),
    ),
  ],
};
const wav = encodeWav(voice);
const narrated: CompiledScene = (() => {
  const file = JSON.parse(readSceneText('sputnik-1')) as {
    captions: { from: string; until: string }[];
    sound: Record<string, unknown>;
  };
  file.captions[CAPTION] = { ...file.captions[CAPTION]!, from: iso(150), until: iso(160) };
  file.sound = { ...file.sound, narration: [{ caption: CAPTION, lang: 'en', file: FILE }] };
  const [entry] = buildCatalog(
    { 'scenes/sputnik-1.json': JSON.stringify(file) },
    sourceText,
    MODEL_CATALOG,
    new Map([[FILE, 1.5]]),
  );
  if (!entry?.scene) throw new Error(`fixture: ${entry?.error}`);
  return entry.scene;
})();
const slot = narrated.sound.narration[0]!;
const placed = placeNarration(narrated, 'en', new Map([[FILE, decodeWav(wav) as Pcm]]));
const range = { fromSec: 148, durationSec: 6, sampleRate: RATE };

describe("a clip's narration", () => {
  const bare = renderClipSound(narrated, range);
  const mixed = renderClipSound(narrated, range, placed);
  const index = (sec: number) => Math.round((sec - range.fromSec) * RATE);

  it('starts with its caption, within a frame, and leaves what comes before untouched', () => {
    const first = mixed.findIndex((v, i) => v !== bare[i]);
    const startSec = range.fromSec + first / RATE;
    expect(startSec).toBeGreaterThanOrEqual(slot.fromSec - 1e-9);
    expect(startSec - slot.fromSec).toBeLessThan(1 / FPS);
    expect(slot.fromSec).toBeCloseTo(150, 6);
  });

  it('carries the recording, with the beacon ducked to a quarter beneath it', () => {
    // Once the glide has settled (0.5 s = 5 time constants): mix = ¼·beacon + voice.
    const from = index(slot.fromSec + 0.5);
    const until = index(slot.fromSec + 1.5);
    let beacon = 0;
    let worst = 0;
    for (let i = from; i < until; i++) {
      const voiceSample = 0.4 * Math.sin((2 * Math.PI * 300 * (i - index(slot.fromSec))) / RATE);
      worst = Math.max(worst, Math.abs(mixed[i]! - DUCKED_LEVEL * bare[i]! - voiceSample));
      beacon = Math.max(beacon, Math.abs(bare[i]!));
    }
    expect(beacon).toBeGreaterThan(0.05); // the satellite is overhead: the beacon is loud
    expect(worst).toBeLessThan(0.01 * beacon + 1e-4);
  });

  it('keeps the beacon ducked for the rest of the caption, back to full after it', () => {
    const quiet = index(slot.fromSec + 3);
    expect(Math.abs(mixed[quiet]! - DUCKED_LEVEL * bare[quiet]!)).toBeLessThan(1e-3);
    expect(duckLevel(placed, slot.untilSec + 1)).toBeCloseTo(1, 4);
    expect(duckLevel(placed, slot.fromSec - 0.001)).toBe(1);
  });

  it('is only the narration of the clip’s caption language', () => {
    expect(placeNarration(narrated, 'hu', new Map())).toEqual([]);
    expect(() => placeNarration(narrated, 'en', new Map())).toThrow(
      'scenes/audio/test/en-last.wav: recording not loaded',
    );
  });

  it('is read from the player’s files, naming a file that is missing or not PCM', async () => {
    const got = await loadClipNarration(narrated, 'en', (file) =>
      Promise.resolve(file === FILE ? (wav.slice().buffer as ArrayBuffer) : null),
    );
    expect(got[0]!.pcm.channels[0]!.length).toBe(1.5 * RATE);
    await expect(loadClipNarration(narrated, 'en', () => Promise.resolve(null))).rejects.toThrow(
      'the recording scenes/audio/test/en-last.wav is not in this build',
    );
    await expect(
      loadClipNarration(narrated, 'en', () => Promise.resolve(new ArrayBuffer(64))),
    ).rejects.toThrow(
      'the recording scenes/audio/test/en-last.wav cannot be read: not a RIFF/WAVE file',
    );
  });

  it('resamples a recording made at another rate onto the clip’s', () => {
    const slow: Pcm = {
      sampleRate: 8000,
      channels: [
        Float32Array.from(
          { length: 8000 },
          (_, n) => 0.4 * Math.sin((2 * Math.PI * 300 * n) / 8000),
        ),
      ],
    };
    const at8k = renderClipSound(
      narrated,
      range,
      placeNarration(narrated, 'en', new Map([[FILE, slow]])),
    );
    const i = index(slot.fromSec + 0.7);
    const voiceSample = 0.4 * Math.sin(2 * Math.PI * 300 * 0.7);
    expect(Math.abs(at8k[i]! - DUCKED_LEVEL * bare[i]! - voiceSample)).toBeLessThan(0.01);
  });
});

describe("a clip's sound render", () => {
  it('gives the same samples every time (the pass over the listener, and with narration)', () => {
    const pass = { fromSec: 152, durationSec: 10, sampleRate: RATE };
    const a = renderClipSound(sputnik, pass);
    const b = renderClipSound(sputnik, pass);
    expect(a.some((v) => Math.abs(v) > 0.05)).toBe(true);
    expect(Buffer.from(b.buffer).equals(Buffer.from(a.buffer))).toBe(true);
    const c = renderClipSound(narrated, range, placed);
    const d = renderClipSound(narrated, range, placed);
    expect(Buffer.from(d.buffer).equals(Buffer.from(c.buffer))).toBe(true);
  });
});

describe('16-bit PCM WAV', () => {
  it('reads back what was written, and says why a file is not one', () => {
    const pcm = decodeWav(
      encodeWav({
        sampleRate: 8000,
        channels: [new Float32Array([0, 0.5, -0.5]), new Float32Array([1, -1, 0])],
      }),
    );
    expect(typeof pcm).toBe('object');
    const { sampleRate, channels } = pcm as Pcm;
    expect(sampleRate).toBe(8000);
    expect(Array.from(channels[0]!).map((v) => +v.toFixed(3))).toEqual([0, 0.5, -0.5]);
    expect(Array.from(channels[1]!).map((v) => +v.toFixed(3))).toEqual([1, -1, 0]);
    expect(decodeWav(new Uint8Array(12))).toBe('not a RIFF/WAVE file');
  });
});

describe('a slice of a clip', () => {
  it('sounds as the whole clip does there, so slices join without a click', () => {
    const whole = renderClipSound(sputnik, { fromSec: 152, durationSec: 10, sampleRate: RATE });
    const slice = renderClipSound(sputnik, { fromSec: 157, durationSec: 5, sampleRate: RATE });
    const offset = 5 * RATE;
    let worst = 0;
    let loudest = 0;
    for (let i = 0; i < slice.length; i++) {
      worst = Math.max(worst, Math.abs(slice[i]! - whole[offset + i]!));
      loudest = Math.max(loudest, Math.abs(whole[offset + i]!));
    }
    expect(loudest).toBeGreaterThan(0.05);
    expect(worst).toBeLessThan(0.01 * loudest);
  });
});
