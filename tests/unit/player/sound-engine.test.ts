import { describe, expect, it } from 'vitest';
import { encodeWav, wavDurationSec } from '../../../src/core/audio/wav.ts';
import { buildCatalog } from '../../../src/core/script/scene-catalog.ts';
import type {
  AudioBufferLike,
  AudioContextLike,
  BufferSourceLike,
  GainNodeLike,
  SoundPlatform,
} from '../../../src/player/sound/audio-output.ts';
import { createSoundEngine } from '../../../src/player/sound/sound-engine.ts';
import { createAppStore } from '../../../src/player/store.ts';
import { repoCatalog } from '../../helpers/catalog.ts';
import { manualWallClock, type ManualWallClock } from '../../helpers/manual-wall-clock.ts';
import { MODEL_CATALOG, readSceneText, sourceText } from '../../helpers/scenes.ts';

const RATE = 8000;

interface Played {
  readonly buffer: AudioBufferLike;
  readonly at: number;
  readonly offset: number;
  stoppedAt: number | null;
  readonly to: 'synth' | 'master';
}

/** An audio context whose time is the test's wall clock, recording what is scheduled. */
function fakeAudio(wall: ManualWallClock, files: Record<string, Uint8Array> = {}) {
  const played: Played[] = [];
  const gains: { node: GainNodeLike; targets: number[] }[] = [];
  const spoken: string[] = [];
  let created = 0;
  const context: AudioContextLike = {
    get currentTime() {
      return wall.nowSec();
    },
    sampleRate: RATE,
    state: 'running',
    destination: { connect: () => undefined },
    resume: () => Promise.resolve(),
    createGain() {
      const targets: number[] = [];
      const node: GainNodeLike = {
        gain: { value: 1, setTargetAtTime: (v: number) => targets.push(v) },
        connect: () => undefined,
      };
      gains.push({ node, targets });
      return node;
    },
    createBuffer: (_channels, length, sampleRate) => {
      const data = new Float32Array(length);
      return { duration: length / sampleRate, getChannelData: () => data };
    },
    createBufferSource() {
      let to: Played['to'] = 'master';
      const source: BufferSourceLike = {
        buffer: null,
        connect: (node) => {
          to = node === gains[1]?.node ? 'synth' : 'master';
        },
        start(at, offset = 0) {
          played.push({ buffer: source.buffer!, at, offset, stoppedAt: null, to });
        },
        stop(at) {
          const entry = played.find((p) => p.buffer === source.buffer);
          if (entry) entry.stoppedAt = at ?? wall.nowSec();
        },
      };
      return source;
    },
    decodeAudioData: (data) => {
      const duration = wavDurationSec(new Uint8Array(data));
      if (typeof duration === 'string') return Promise.reject(new Error(duration));
      return Promise.resolve({ duration, getChannelData: () => new Float32Array(1) });
    },
  };
  const platform: SoundPlatform = {
    createContext: () => {
      created++;
      return context;
    },
    fetchAudio: (file) =>
      Promise.resolve(files[file] ? (files[file].slice().buffer as ArrayBuffer) : null),
    speech: {
      speak: (text) => {
        spoken.push(text);
        return true;
      },
      cancel: () => undefined,
    },
  };
  return {
    platform,
    played,
    spoken,
    created: () => created,
    masterTargets: () => gains[0]?.targets ?? [],
    synthTargets: () => gains[1]?.targets ?? [],
  };
}

function player(catalog = repoCatalog()) {
  const wall = manualWallClock();
  const store = createAppStore({ catalog, lang: 'en', wall });
  return { wall, store };
}

/** The beacon's samples as heard: the scheduled buffers laid end to end on audio time. */
function heard(played: readonly Played[], fromSec: number, untilSec: number): Float32Array {
  const out = new Float32Array(Math.round((untilSec - fromSec) * RATE));
  for (const p of played.filter((x) => x.to === 'synth')) {
    const data = p.buffer.getChannelData(0);
    const start = Math.round((p.at - fromSec) * RATE);
    const end = p.stoppedAt === null ? data.length : Math.round((p.stoppedAt - p.at) * RATE);
    for (let n = 0; n < Math.min(data.length, end); n++)
      if (start + n >= 0 && start + n < out.length) out[start + n] = data[n]!;
  }
  return out;
}

function onsets(samples: Float32Array): number[] {
  const found: number[] = [];
  let quiet = RATE;
  for (let n = 0; n < samples.length; n++) {
    if (Math.abs(samples[n]!) > 0.01) {
      if (quiet > 0.05 * RATE) found.push(n / RATE);
      quiet = 0;
    } else quiet++;
  }
  return found;
}

// Sputnik-1 over the scene's listener (playback ~157 s is the closest approach).
const OVERHEAD_SEC = 155;

describe("a player's sound", () => {
  it('stays silent, with no audio context, until a user gesture starts it', () => {
    const { wall, store } = player();
    const audio = fakeAudio(wall);
    const engine = createSoundEngine(store, wall, audio.platform);
    store.loadScene('sputnik-1');
    store.seek({ kind: 'playback', sec: OVERHEAD_SEC });
    store.play();
    wall.advance(1000);
    expect(audio.created()).toBe(0);
    expect(engine.status().started).toBe(false);
    engine.start();
    wall.advance(1000);
    expect(engine.status().started).toBe(true);
    expect(audio.played.length).toBeGreaterThan(0);
    expect(engine.status().beacon).toMatchObject({ aboveHorizon: true });
    engine.dispose();
  });

  it('plays the beacon in real-time rhythm at any speed, and stops at once on pause', () => {
    for (const rate of [1, 4]) {
      const { wall, store } = player();
      const audio = fakeAudio(wall);
      const engine = createSoundEngine(store, wall, audio.platform);
      store.loadScene('sputnik-1');
      store.seek({ kind: 'playback', sec: OVERHEAD_SEC - 2 * rate });
      store.setRate(rate);
      engine.start();
      store.play();
      const startSec = wall.nowSec();
      wall.advance(3000);
      // The first sound may join a pulse under way: count from the first whole one.
      const starts = onsets(heard(audio.played, startSec, startSec + 2.5)).slice(1);
      expect(starts.length, `${rate}×`).toBeGreaterThanOrEqual(3);
      for (let i = 1; i < starts.length; i++)
        expect(starts[i]! - starts[i - 1]!, `${rate}×`).toBeCloseTo(0.6, 2);
      const before = audio.played.length;
      store.pause();
      const paused = wall.nowSec();
      wall.advance(1000);
      expect(audio.played.length).toBe(before); // nothing new
      // What was scheduled ahead is stopped at the pause, not left to play out.
      const ahead = audio.played.filter((p) => p.at + p.buffer.duration > paused + 1e-9);
      expect(ahead.length).toBeGreaterThan(0);
      for (const p of ahead) expect(p.stoppedAt).toBe(paused);
      engine.dispose();
    }
  });

  it('keeps the pulses in rhythm when the clock re-anchors at the same scene time', () => {
    const { wall, store } = player();
    const audio = fakeAudio(wall);
    const engine = createSoundEngine(store, wall, audio.platform);
    store.loadScene('sputnik-1');
    store.seek({ kind: 'playback', sec: OVERHEAD_SEC - 8 });
    store.setRate(4);
    engine.start();
    store.play();
    const startSec = wall.nowSec();
    wall.advance(1300);
    // A change of speed mid-pulse: the clock re-anchors at the same playback time.
    store.setRate(2);
    wall.advance(1000);
    // A pause of 0.45 s: the keying stands still with the picture and goes on from there.
    store.pause();
    wall.advance(450);
    store.play();
    wall.advance(1500);
    const playedFor = (sec: number) => (sec < startSec + 2.3 ? sec : sec - 0.45);
    const starts = onsets(heard(audio.played, startSec, startSec + 4.2)).slice(1);
    expect(starts.length).toBeGreaterThanOrEqual(5);
    // Every onset on one 0.6 s grid of the time the player was playing.
    const grid = playedFor(startSec + starts[0]!);
    for (const start of starts) {
      const k = (playedFor(startSec + start) - grid) / 0.6;
      expect(Math.abs(k - Math.round(k)), `onset at ${start.toFixed(3)} s`).toBeLessThan(0.01);
    }
    engine.dispose();
  });

  it('is silent below the horizon, and follows mute and volume', () => {
    const { wall, store } = player();
    const audio = fakeAudio(wall);
    const engine = createSoundEngine(store, wall, audio.platform);
    store.loadScene('sputnik-1');
    store.seek({ kind: 'playback', sec: 100 }); // the first orbit: far from the listener
    engine.start();
    store.play();
    wall.advance(1000);
    expect(audio.played.filter((p) => p.to === 'synth')).toEqual([]);
    expect(engine.status().beacon?.aboveHorizon).toBe(false);
    expect(audio.masterTargets().at(-1)).toBe(0.8);
    store.setSound({ volume: 0.3 });
    wall.advance(100);
    expect(audio.masterTargets().at(-1)).toBe(0.3);
    store.setSound({ muted: true });
    wall.advance(100);
    expect(audio.masterTargets().at(-1)).toBe(0);
    expect(engine.status()).toMatchObject({ muted: true, volume: 0.3 });
    engine.dispose();
  });
});

describe('narration', () => {
  // A short recording made here: 0.8 s of tone for the first caption in English.
  const scene = JSON.parse(readSceneText('sputnik-1')) as Record<string, unknown>;
  const withNarration = (file: string) =>
    JSON.stringify({
      ...scene,
      sound: {
        ...(scene.sound as object),
        narration: [{ caption: 0, lang: 'en', file }],
      },
    });
  const tone = (sec: number) =>
    encodeWav({
      sampleRate: RATE,
      channels: [Float32Array.from({ length: sec * RATE }, (_, n) => 0.3 * Math.sin(n / 3))],
    });

  it('plays with its caption and ducks the other sounds; a caption without one is read aloud', async () => {
    const wav = tone(0.8);
    const audioFiles = new Map([['audio/test/en-00.wav', wavDurationSec(wav) as number]]);
    const catalog = buildCatalog(
      { 'scenes/sputnik-1.json': withNarration('audio/test/en-00.wav') },
      sourceText,
      MODEL_CATALOG,
      audioFiles,
    );
    expect(catalog[0]!.error).toBeUndefined();
    const { wall, store } = player(catalog);
    const audio = fakeAudio(wall, { 'audio/test/en-00.wav': wav });
    const engine = createSoundEngine(store, wall, audio.platform);
    const loaded = store.loadScene('sputnik-1');
    const caption = loaded.captions[0]!;
    store.seek({ kind: 'playback', sec: caption.fromSec + 0.05 });
    store.setSound({ readAloud: true });
    engine.start();
    store.play();
    wall.advance(100); // the file loads
    await new Promise((resolve) => setTimeout(resolve, 0));
    wall.advance(100);
    const voice = audio.played.find((p) => p.to === 'master');
    expect(voice?.buffer.duration).toBeCloseTo(0.8, 3);
    expect(engine.status().narration).toBe('audio/test/en-00.wav');
    expect(audio.synthTargets().at(-1)).toBeLessThan(0.5);
    expect(audio.spoken).toEqual([]); // recorded, so not synthesised
    // The next caption has no recording: speech synthesis reads it.
    store.seek({ kind: 'playback', sec: loaded.captions[1]!.fromSec + 0.05 });
    wall.advance(100);
    expect(engine.status().narration).toBeNull();
    expect(audio.spoken).toEqual([loaded.captions[1]!.en]);
    engine.dispose();
  });

  it('names a missing file, and refuses a recording longer than its caption, at load', () => {
    const missing = buildCatalog(
      { 'scenes/sputnik-1.json': withNarration('audio/test/none.wav') },
      sourceText,
      MODEL_CATALOG,
      new Map(),
    );
    expect(missing[0]!.error).toContain(
      'sound.narration[0].file: expected an audio file at scenes/audio/test/none.wav, found none',
    );
    const long = buildCatalog(
      { 'scenes/sputnik-1.json': withNarration('audio/test/long.wav') },
      sourceText,
      MODEL_CATALOG,
      new Map([['audio/test/long.wav', wavDurationSec(tone(2)) as number]]),
    );
    // The first caption's slot at 25×: 112.5 s of UTC in 4.5 s of playback.
    expect(long[0]!.available).toBe(true);
    const slot = long[0]!.scene!.captions[0]!;
    const tooLong = buildCatalog(
      { 'scenes/sputnik-1.json': withNarration('audio/test/long.wav') },
      sourceText,
      MODEL_CATALOG,
      new Map([['audio/test/long.wav', slot.untilSec - slot.fromSec + 1]]),
    );
    expect(tooLong[0]!.error).toMatch(
      /sound\.narration\[0\]\.file: expected a recording no longer than its caption's [\d.]+ s, found [\d.]+ s in scenes\/audio\/test\/long\.wav/,
    );
  });
});
