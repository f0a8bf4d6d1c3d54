import { describe, expect, it } from 'vitest';
import { createQualityTuner } from '../../../src/player/auto-quality.ts';
import {
  createRedrawGate,
  HEARTBEAT_SEC,
  type RedrawInput,
} from '../../../src/player/redraw-gate.ts';
import type { Quality } from '../../../src/view/quality.ts';

const state = { clock: 'paused' };
const view = [0, 0, 40000, 0, 0, 0, 1, 1280, 720];
const paused: RedrawInput = {
  playing: false,
  recording: false,
  complete: true,
  settled: true,
  awaited: false,
  state,
  view,
  nowSec: 0,
};

/** Ticks of 1/60 s from `fromSec` for `seconds`; how many drew. */
function drawsOver(
  gate: ReturnType<typeof createRedrawGate>,
  input: RedrawInput,
  fromSec: number,
  seconds: number,
  change: (i: number) => Partial<RedrawInput> = () => ({}),
): number {
  let drawn = 0;
  for (let i = 0; i < seconds * 60; i++) {
    if (gate.shouldDraw({ ...input, ...change(i), nowSec: fromSec + i / 60 })) drawn++;
  }
  return drawn;
}

describe('redraw gate', () => {
  it('draws every tick while playing or recording', () => {
    expect(drawsOver(createRedrawGate(), { ...paused, playing: true }, 0, 2)).toBe(120);
    expect(drawsOver(createRedrawGate(), { ...paused, recording: true }, 0, 2)).toBe(120);
  });

  it('paused with nothing changing, draws once and then once a second', () => {
    const gate = createRedrawGate();
    expect(drawsOver(gate, paused, 0, 10)).toBe(10 / HEARTBEAT_SEC);
  });

  it('draws every tick while assets arrive or someone waits for a frame', () => {
    expect(drawsOver(createRedrawGate(), { ...paused, settled: false }, 0, 1)).toBe(60);
    expect(drawsOver(createRedrawGate(), { ...paused, awaited: true }, 0, 1)).toBe(60);
  });

  it('draws no frame with a part missing, playing or paused, but records what it is asked to', () => {
    const missing = { ...paused, complete: false, settled: false };
    expect(drawsOver(createRedrawGate(), { ...missing, playing: true }, 0, 1)).toBe(0);
    expect(drawsOver(createRedrawGate(), { ...missing, awaited: true }, 0, 2)).toBe(0);
    expect(drawsOver(createRedrawGate(), { ...missing, recording: true }, 0, 1)).toBe(60);
    // Complete, drawn from previews: drawn (the first picture a visitor sees).
    expect(drawsOver(createRedrawGate(), { ...paused, settled: false }, 0, 1)).toBe(60);
  });

  it('draws when the state changes (a seek, a setting), once per change', () => {
    const gate = createRedrawGate();
    gate.shouldDraw(paused);
    const seeked = { clock: 'paused at another time' };
    expect(gate.shouldDraw({ ...paused, state: seeked, nowSec: 0.1 })).toBe(true);
    expect(gate.shouldDraw({ ...paused, state: seeked, nowSec: 0.2 })).toBe(false);
  });

  it('draws while the camera moves or the view is resized, not for rounding noise', () => {
    const gate = createRedrawGate();
    // A drag: the eye moves a metre (0.001 km) each tick.
    const dragged = drawsOver(gate, paused, 0, 1, (i) => ({ view: [i * 0.001, ...view.slice(1)] }));
    expect(dragged).toBe(60);
    const still = [0.059, ...view.slice(1)];
    gate.shouldDraw({ ...paused, view: still, nowSec: 1 });
    const noise = [0.059 * (1 + 1e-12), ...view.slice(1)];
    expect(gate.shouldDraw({ ...paused, view: noise, nowSec: 1.1 })).toBe(false);
    const resized = [...still.slice(0, 7), 390, 844];
    expect(gate.shouldDraw({ ...paused, view: resized, nowSec: 1.2 })).toBe(true);
  });
});

describe('automatic quality across undrawn ticks', () => {
  /** A paused player: one heartbeat frame a second, the ticks between them undrawn. */
  function pausedMinute(interrupted: boolean): Quality[] {
    let quality: Quality = 'medium';
    const changes: Quality[] = [];
    const tuner = createQualityTuner(
      () => quality,
      (next) => {
        quality = next;
        changes.push(next);
      },
    );
    for (let second = 1; second <= 60; second++) {
      if (interrupted) tuner.interrupt();
      tuner.frame(second);
    }
    return changes;
  }

  it('does not take the gaps between heartbeat frames for slow frames', () => {
    expect(pausedMinute(true)).toEqual([]);
    // Fed the gaps, it would judge the machine too slow for medium.
    expect(pausedMinute(false)).toEqual(['low']);
  });
});
