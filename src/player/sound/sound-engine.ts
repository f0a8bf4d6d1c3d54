/**
 * A player's sound: the scene's synthesised sounds rendered a tenth of a second at a time by the
 * same pure code the recorder uses (src/core/soundtrack), scheduled a little ahead on the audio
 * context, plus recorded narration and (if asked) captions read aloud. It follows the one clock:
 * each chunk is rendered for the playback times its samples will be heard at, which the clock
 * gives for the wall time the audio context will reach them. Any change of the clock, scene or
 * language throws away what was scheduled, so a pause or a seek is heard at once.
 */
import {
  keyingAt,
  reanchorKeying,
  startKeying,
  type KeyingAnchor,
} from '../../core/soundtrack/keying-anchor.ts';
import { DUCK_TIME_CONSTANT_SEC, DUCKED_LEVEL } from '../../core/soundtrack/narration-mix.ts';
import {
  beaconReceptionAt,
  renderSceneSound,
  soundContinuity,
} from '../../core/soundtrack/scene-sound.ts';
import type { CompiledNarration, CompiledScene } from '../../core/script/compiled-scene.ts';
import { captionAt } from '../../core/script/evaluate.ts';
import { playbackOf } from '../../core/time/clock.ts';
import type { AppState, AppStore } from '../store.ts';
import type { WallClock } from '../wall-clock.ts';
import type {
  AudioContextLike,
  BufferSourceLike,
  GainNodeLike,
  SoundPlatform,
} from './audio-output.ts';
import { createNarrationBuffers } from './narration-buffers.ts';
import type { SoundStatus } from './sound-status.ts';

/** Length of one rendered chunk, s. */
const CHUNK_SEC = 0.1;
/** How far ahead of the speakers chunks are scheduled, s: longer than a heartbeat's jitter. */
const LEAD_SEC = 0.3;
/** Heartbeat of the scheduler, ms. */
const TICK_MS = 50;

export interface SoundEngine {
  /** Starts audio (call from a user gesture; the kiosk calls it at once). Idempotent. */
  start(): void;
  status(): SoundStatus;
  /** The bytes of a narration file (relative to scenes/), for a recorded clip; null if absent. */
  recording(file: string): Promise<ArrayBuffer | null>;
  dispose(): void;
}

interface Voice {
  readonly entry: CompiledNarration;
  readonly source: BufferSourceLike;
}

export function createSoundEngine(
  store: AppStore,
  wall: WallClock,
  platform: SoundPlatform | null,
): SoundEngine {
  let context: AudioContextLike | null = null;
  let master: GainNodeLike | null = null;
  let synth: GainNodeLike | null = null;
  let stopTicking: (() => void) | null = null;
  let scheduled: { source: BufferSourceLike; endsAt: number }[] = [];
  let scheduledUntil = 0;
  let continuity = soundContinuity();
  /** The beacon's keying, carried across re-anchorings of the clock that keep the scene time. */
  let keying: KeyingAnchor | null = null;
  let voice: Voice | null = null;
  let spokenCaption: number | null = null;
  let speaking = false;
  const recordings = createNarrationBuffers(store, platform);

  const stopScheduled = () => {
    for (const { source } of scheduled) source.stop();
    scheduled = [];
    scheduledUntil = 0;
    continuity = soundContinuity();
  };
  const stopVoice = () => {
    voice?.source.stop();
    voice = null;
  };
  const stopSpeech = () => {
    if (speaking) platform?.speech?.cancel();
    speaking = false;
    spokenCaption = null;
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.scene !== previous.scene) keying = null;
    else if (state.clock !== previous.clock && state.scene)
      keying = reanchorKeying(
        keying,
        previous.clock,
        state.clock,
        wall.nowSec(),
        state.scene.sound.beacon?.onPlaybackSec ?? 0,
      );
    if (
      state.clock !== previous.clock ||
      state.scene !== previous.scene ||
      state.lang !== previous.lang ||
      state.recording !== previous.recording ||
      state.sound.effects !== previous.sound.effects
    ) {
      stopScheduled();
      stopVoice();
      if (state.lang !== previous.lang || state.scene !== previous.scene || !state.clock.playing)
        stopSpeech();
      // Scheduled again at once, not at the next heartbeat: a gap that long would cut a pulse.
      tick();
    }
  });

  const silent = (state: AppState) => state.sound.muted || state.recording !== null;

  function tick(): void {
    if (!context || !master || !synth || context.state !== 'running') return;
    const state = store.getState();
    const now = context.currentTime;
    master.gain.setTargetAtTime(silent(state) ? 0 : state.sound.volume, now, 0.02);
    const scene = state.scene;
    if (!scene || !state.clock.playing || state.recording) {
      stopScheduled();
      stopVoice();
      stopSpeech();
      return;
    }
    const wallNow = wall.nowSec();
    const playbackNow = playbackOf(state.clock, wallNow);
    narrate(scene, state, now, playbackNow);
    readAloud(scene, state, playbackNow);
    synth.gain.setTargetAtTime(voice || speaking ? DUCKED_LEVEL : 1, now, DUCK_TIME_CONSTANT_SEC);
    schedule(scene, state, now, wallNow);
  }

  function schedule(scene: CompiledScene, state: AppState, now: number, wallNow: number): void {
    const ctx = context!;
    scheduled = scheduled.filter((s) => s.endsAt > now);
    if (scheduledUntil < now) {
      scheduledUntil = now + 0.02;
      continuity = soundContinuity();
    }
    const { clock } = state;
    const rate = ctx.sampleRate;
    const count = Math.round(CHUNK_SEC * rate);
    const anchor = (keying ??= startKeying(clock, wallNow, scene.sound.beacon?.onPlaybackSec ?? 0));
    while (scheduledUntil < now + LEAD_SEC) {
      const startAt = scheduledUntil;
      const wallAt = wallNow + (startAt - now);
      const samples = renderSceneSound(
        scene,
        {
          sampleRate: rate,
          count,
          playbackAt: (audioSec) => playbackOf(clock, wallAt + audioSec),
          // The keying keeps real time at any speed: wall seconds since its anchor.
          keyingStartSec: keyingAt(anchor, wallAt),
        },
        { beacon: true, rumble: state.sound.effects },
        continuity,
      );
      scheduledUntil += count / rate;
      if (!samples.some((v) => v !== 0)) continue;
      const buffer = ctx.createBuffer(1, count, rate);
      buffer.getChannelData(0).set(samples);
      const source = ctx.createBufferSource();
      source.buffer = buffer;
      source.connect(synth!);
      source.start(startAt);
      scheduled.push({ source, endsAt: startAt + count / rate });
    }
  }

  function narrate(scene: CompiledScene, state: AppState, now: number, playbackSec: number): void {
    const entry =
      state.clock.rate === 1
        ? scene.sound.narration.find(
            (n) => n.lang === state.lang && playbackSec >= n.fromSec && playbackSec < n.untilSec,
          )
        : undefined;
    if (voice && voice.entry !== entry) stopVoice();
    if (!entry || voice) return;
    const buffer = recordings.get(entry, scene, context!);
    if (!buffer) return;
    const offset = playbackSec - entry.fromSec;
    if (offset >= buffer.duration) return;
    const source = context!.createBufferSource();
    source.buffer = buffer;
    source.connect(master!);
    source.start(now, offset);
    source.stop(now + (entry.untilSec - playbackSec));
    voice = { entry, source };
  }

  function readAloud(scene: CompiledScene, state: AppState, playbackSec: number): void {
    const speech = platform?.speech;
    if (!speech || !state.sound.readAloud || state.sound.muted) {
      stopSpeech();
      return;
    }
    const caption = captionAt(scene.captions, playbackSec);
    const index = caption ? scene.captions.indexOf(caption) : null;
    if (index === spokenCaption) return;
    stopSpeech();
    spokenCaption = index;
    if (!caption || index === null) return;
    const recorded = scene.sound.narration.some(
      (n) => n.caption === index && n.lang === state.lang,
    );
    if (!recorded) speaking = speech.speak(caption[state.lang], state.lang);
  }

  return {
    start() {
      if (context || !platform) {
        void context?.resume().catch(() => undefined);
        return;
      }
      context = platform.createContext();
      if (!context) return;
      master = context.createGain();
      master.gain.value = 0;
      master.connect(context.destination);
      synth = context.createGain();
      synth.connect(master);
      void context.resume().catch(() => undefined);
      stopTicking = wall.every(TICK_MS, tick);
    },
    status() {
      const state = store.getState();
      const scene = state.scene;
      const reception =
        scene && scene.sound.beacon ? beaconReceptionAt(scene, store.playbackSec()) : null;
      return {
        started: context !== null && context.state === 'running',
        muted: state.sound.muted,
        volume: state.sound.volume,
        effects: state.sound.effects,
        readAloud: state.sound.readAloud,
        beacon: reception
          ? {
              toneHz: reception.toneHz,
              dopplerHz: reception.dopplerHz,
              elevationDeg: reception.elevationDeg,
              rangeKm: reception.rangeKm,
              aboveHorizon: reception.elevationDeg > 0,
            }
          : null,
        narration: voice?.entry.file ?? null,
        speaking,
        problems: recordings.problems(),
      };
    },
    recording: async (file) => (platform ? platform.fetchAudio(file) : null),
    dispose() {
      unsubscribe();
      stopTicking?.();
      stopScheduled();
      stopVoice();
      stopSpeech();
    },
  };
}
