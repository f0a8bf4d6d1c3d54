import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { beaconReceptionAt } from '../../src/core/soundtrack/scene-sound.ts';
import { loadRepoScene } from '../helpers/scenes.ts';
import {
  audioCodec,
  decodeAudio,
  findPulses,
  meanFrequency,
  streamDurations,
} from './audio-analysis.ts';
import { runRecord } from './media.ts';

// Ten seconds of Sputnik-1 around its closest approach to the scene's listener: the tone falls
// through the receiver's 1 kHz offset as the satellite passes over.
const scene = loadRepoScene('sputnik-1');
const heard = scene.sound.beacon!;
const FROM = 152;
const TO = 162;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'urverseny-sound-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function record(name: string, fps: number): Promise<string> {
  const out = join(dir, name);
  const run = runRecord([
    ...['--scene', 'sputnik-1', '--from', String(FROM), '--to', String(TO), '--fps', String(fps)],
    ...['--size', '160x90', '--quality', 'low', '--captions', 'none', '--out', out],
  ]);
  const { code, stderr } = await run.done;
  expect(code, stderr).toBe(0);
  expect(stderr).toMatch(/audio on/);
  return out;
}

describe("a recorded clip's sound", () => {
  let clip: string;

  // One run of the recorder; that two renders give the same samples, and how narration is mixed,
  // is checked on the pure render (tests/unit/core/soundtrack/clip-sound.test.ts).
  it("is an AAC stream as long as the video (ffmpeg re-encodes the page's Opus)", async () => {
    // One frame a second keeps the run short: the sound does not depend on the frame rate.
    clip = await record('pass.mp4', 1);
    const { video, audio } = streamDurations(clip);
    expect(video).toBe(10);
    expect(audio).not.toBeNull();
    expect(Math.abs(audio! - video)).toBeLessThanOrEqual(1 / 30); // within a frame even at 30 fps
    expect(audioCodec(clip)).toBe('aac');
    const sidecar = JSON.parse(readFileSync(clip.replace(/\.mp4$/, '.json'), 'utf8')) as {
      audio: string;
    };
    expect(sidecar.audio).toBe('aac');
  });

  it('has its pulses on the keying schedule and its pitch on the computed Doppler curve', () => {
    const samples = decodeAudio(clip);
    const pulses = findPulses(samples);
    // One 0.3 s pulse of the tuned transmitter every 0.6 s: 16 or 17 in ten seconds.
    expect(pulses.length).toBeGreaterThanOrEqual(16);
    const period = heard.beacon.pulseSec * heard.beacon.transmittersHz.length;
    const tones: number[] = [];
    for (const pulse of pulses) {
      // Keying seconds count from the switch-on at one per playback second.
      const keyingSec = FROM + pulse.onsetSec - heard.onPlaybackSec;
      const scheduled = Math.round(keyingSec / period) * period;
      if (pulse.onsetSec > 0.01) expect(Math.abs(keyingSec - scheduled)).toBeLessThan(0.01);
      if (pulse.endSec - pulse.onsetSec < 0.28) continue; // cut by the clip's end
      const mid = (pulse.onsetSec + pulse.endSec) / 2;
      const measured = meanFrequency(samples, mid - 0.1, mid + 0.1);
      let computed = 0;
      for (let i = 0; i <= 20; i++)
        computed += beaconReceptionAt(scene, FROM + mid - 0.1 + i * 0.01)!.toneHz / 21;
      expect(Math.abs(measured - computed), `pulse at ${pulse.onsetSec.toFixed(3)} s`).toBeLessThan(
        2,
      );
      tones.push(measured);
    }
    // The pitch falls through the receiver's offset: approaching, then receding.
    expect(tones[0]!).toBeGreaterThan(heard.beacon.beatOffsetHz + 150);
    expect(tones.at(-1)!).toBeLessThan(heard.beacon.beatOffsetHz - 150);
  });
});
