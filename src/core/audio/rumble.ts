/**
 * An engine heard as a low rumble: seeded white noise through two one-pole low-pass filters
 * (a dull roar, most of its energy below ~150 Hz), its level following the burn's thrust and the
 * listener's distance. Seeded and stateful in one object per stream, so a recording is
 * reproducible and the player's chunks join without a seam.
 */

export interface RumbleState {
  seed: number;
  low1: number;
  low2: number;
}

export function rumbleState(seed = 0x5eed): RumbleState {
  return { seed: seed >>> 0, low1: 0, low2: 0 };
}

/** Corner of each low-pass stage, Hz. */
const CORNER_HZ = 120;

/** Adds `level(audioSec)`-shaped rumble into `out` (mixing, not replacing). */
export function addRumble(
  out: Float32Array,
  sampleRate: number,
  level: (audioSec: number) => number,
  state: RumbleState,
  stepSec = 0.02,
): void {
  const alpha = 1 - Math.exp((-2 * Math.PI * CORNER_HZ) / sampleRate);
  const steps = Math.ceil(out.length / sampleRate / stepSec) + 2;
  const grid = new Float64Array(steps);
  for (let k = 0; k < steps; k++) grid[k] = level(k * stepSec);
  // The filters take away most of the noise's power: make up for it so level 1 is loud.
  const makeUp = 6;
  for (let n = 0; n < out.length; n++) {
    state.seed = (Math.imul(state.seed, 1664525) + 1013904223) >>> 0;
    const white = state.seed / 2147483648 - 1;
    state.low1 += alpha * (white - state.low1);
    state.low2 += alpha * (state.low1 - state.low2);
    const at = n / sampleRate / stepSec;
    const k = Math.min(steps - 2, Math.floor(at));
    const gain = grid[k]! + (grid[k + 1]! - grid[k]!) * (at - k);
    if (gain > 0) out[n] = out[n]! + makeUp * gain * state.low2;
  }
}
