/**
 * The beacon rendered to samples, deterministically: the same inputs give the same samples on
 * any machine, so a recorded clip's sound is as reproducible as its pictures. The geometry is
 * sampled on a coarse grid (the Doppler shift changes slowly) and interpolated per sample; the
 * oscillator's phase is carried from sample to sample (and chunk to chunk) so a gliding tone
 * never clicks.
 */
import { keyedOn, loudness, type Beacon, type Reception } from './beacon.ts';

/** Rise and fall of each pulse, s: a hard edge would click. */
export const PULSE_EDGE_SEC = 0.004;

export interface BeaconRenderRequest {
  readonly beacon: Beacon;
  readonly sampleRate: number;
  readonly count: number;
  /** Keying seconds at the first sample; keying time runs at one second per audio second. */
  readonly keyingStartSec: number;
  /** What the listener receives `audioSec` after the first sample (null: silent then). */
  readonly receptionAt: (audioSec: number) => Reception | null;
  /** Grid of the geometry, s. */
  readonly stepSec?: number;
  /** Peak amplitude, 0…1. */
  readonly gain?: number;
  /** Oscillator phase at the first sample, rad (the previous chunk's `phase`). */
  readonly phase?: number;
}

export interface BeaconRender {
  readonly samples: Float32Array;
  /** Oscillator phase after the last sample: where the next chunk continues. */
  readonly phase: number;
}

/** Mono samples of the tuned transmitter's pulses, as the listener's receiver made them. */
export function renderBeacon({
  beacon,
  sampleRate,
  count,
  keyingStartSec,
  receptionAt,
  stepSec = 0.02,
  gain = 0.5,
  phase: startPhase = 0,
}: BeaconRenderRequest): BeaconRender {
  const durationSec = count / sampleRate;
  const steps = Math.ceil(durationSec / stepSec) + 2;
  const toneHz = new Float64Array(steps);
  const level = new Float64Array(steps);
  for (let k = 0; k < steps; k++) {
    const reception = receptionAt(k * stepSec);
    toneHz[k] = reception ? reception.toneHz : beacon.beatOffsetHz;
    level[k] = reception ? loudness(reception) : 0;
  }
  const samples = new Float32Array(count);
  const { pulseSec, tunedTo } = beacon;
  const twoPi = 2 * Math.PI;
  let phase = startPhase;
  for (let n = 0; n < count; n++) {
    const t = n / sampleRate;
    const at = t / stepSec;
    const k = Math.min(steps - 2, Math.floor(at));
    const s = at - k;
    const tone = toneHz[k]! + (toneHz[k + 1]! - toneHz[k]!) * s;
    const keying = keyingStartSec + t;
    if (keyedOn(beacon, tunedTo, keying)) {
      const intoPulse = keying - Math.floor(keying / pulseSec) * pulseSec;
      const envelope = edge(intoPulse) * edge(pulseSec - intoPulse);
      const loud = level[k]! + (level[k + 1]! - level[k]!) * s;
      samples[n] = gain * loud * envelope * Math.sin(phase);
    }
    phase += (twoPi * tone) / sampleRate;
    if (phase > twoPi) phase -= twoPi;
  }
  return { samples, phase };
}

/** A raised-cosine ramp over PULSE_EDGE_SEC. */
function edge(sec: number): number {
  if (sec >= PULSE_EDGE_SEC) return 1;
  if (sec <= 0) return 0;
  return 0.5 - 0.5 * Math.cos((Math.PI * sec) / PULSE_EDGE_SEC);
}
