/**
 * The sound a scene makes over a stretch of audio, as a pure function of the scene and of how
 * audio time maps to playback time: the recorder renders a clip with it in one go, the player in
 * short chunks ahead of the speakers. Both hear the same samples for the same mapping.
 */
import { receive, type Reception } from '../audio/beacon.ts';
import { renderBeacon } from '../audio/beacon-pcm.ts';
import { addRumble, rumbleState, type RumbleState } from '../audio/rumble.ts';
import { evaluate } from '../script/evaluate.ts';
import type { CompiledScene } from '../script/compiled-scene.ts';
import { utcAt } from '../time/timeline.ts';
import { length, sub } from '../vec3.ts';

export interface SoundLayers {
  readonly beacon: boolean;
  readonly rumble: boolean;
}

export interface SoundStretch {
  readonly sampleRate: number;
  /** Samples to render. */
  readonly count: number;
  /** Playback seconds `audioSec` after the first sample (the player's clock, or the clip's). */
  readonly playbackAt: (audioSec: number) => number;
  /** The beacon's keying seconds at the first sample: keying runs at one second per second. */
  readonly keyingStartSec: number;
}

/** What carries over from one chunk to the next (one per player, fresh per recording). */
export interface SoundContinuity {
  beaconPhase: number;
  readonly rumble: RumbleState;
}

export function soundContinuity(): SoundContinuity {
  return { beaconPhase: 0, rumble: rumbleState() };
}

/** What the scene's listener receives at playback `t` (null: nothing audible is transmitting). */
export function beaconReceptionAt(scene: CompiledScene, playbackSec: number): Reception | null {
  const heard = scene.sound.beacon;
  if (!heard) return null;
  const utcMs = utcAt(scene.timeline, playbackSec);
  if (utcMs < heard.fromMs || utcMs > heard.untilMs) return null;
  const body = scene.bodies.find((b) => b.id === heard.bodyId);
  if (!body) return null;
  const state = body.motion(utcMs);
  return receive(heard.beacon, state.eciKm, state.velKms, utcMs);
}

/** Mono samples of the scene's synthesised sounds (narration is mixed by the caller). */
export function renderSceneSound(
  scene: CompiledScene,
  stretch: SoundStretch,
  layers: SoundLayers,
  continuity: SoundContinuity = soundContinuity(),
): Float32Array {
  const { sampleRate, count, playbackAt } = stretch;
  const heard = scene.sound.beacon;
  let out: Float32Array;
  if (layers.beacon && heard) {
    const render = renderBeacon({
      beacon: heard.beacon,
      sampleRate,
      count,
      keyingStartSec: stretch.keyingStartSec,
      receptionAt: (audioSec) => beaconReceptionAt(scene, playbackAt(audioSec)),
      phase: continuity.beaconPhase,
    });
    continuity.beaconPhase = render.phase;
    out = render.samples;
  } else {
    out = new Float32Array(count);
  }
  if (layers.rumble && scene.sound.rumble.length > 0) {
    addRumble(out, sampleRate, (a) => rumbleLevel(scene, playbackAt(a)), continuity.rumble);
  }
  return out;
}

/** Thrust that counts as full loudness, kN (a large launcher at lift-off). */
const FULL_THRUST_KN = 4000;
/** Within this distance of the camera an engine is heard at full loudness, km. */
const NEAR_KM = 3000;
/** A far engine is still faintly heard (the camera is an observer, not a microphone). */
const FARTHEST_LEVEL = 0.15;
/** Rise and fall of a burn's sound, s of scene time. */
const RAMP_SEC = 1.5;

/** Loudness 0…1 of the engines burning at playback `t`, as heard from the camera. */
export function rumbleLevel(scene: CompiledScene, playbackSec: number): number {
  const utcMs = utcAt(scene.timeline, playbackSec);
  const burning = scene.sound.rumble.filter((r) => utcMs >= r.fromMs && utcMs <= r.untilMs);
  if (burning.length === 0) return 0;
  const frame = evaluate(scene, playbackSec);
  let level = 0;
  for (const burn of burning) {
    const body = frame.bodies.find((b) => b.id === burn.bodyId);
    if (!body) continue;
    const distanceKm = length(sub(frame.camera.eyeEci, body.drawnEciKm));
    const near = Math.max(FARTHEST_LEVEL, Math.min(1, NEAR_KM / distanceKm));
    const ramp = Math.min(
      1,
      (utcMs - burn.fromMs) / 1000 / RAMP_SEC,
      (burn.untilMs - utcMs) / 1000 / RAMP_SEC,
    );
    level += Math.sqrt(Math.min(1, burn.thrustKn / FULL_THRUST_KN)) * near * Math.max(0, ramp);
  }
  return Math.min(1, level);
}
