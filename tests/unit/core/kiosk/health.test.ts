import { describe, expect, it } from 'vitest';
import {
  contextLost,
  contextRestored,
  healthTick,
  INITIAL_HEALTH,
  recoveryFor,
  reloadDelaySec,
  type HealthState,
} from '../../../../src/core/kiosk/health.ts';

const limits = { stallSec: 10, restoreSec: 5 };

/** Heartbeats every `stepSec` from `fromSec`, frames as given; returns the last state and verdicts. */
function beats(
  start: HealthState,
  fromSec: number,
  stepSec: number,
  frames: number[],
  expectFrames = true,
) {
  let state = start;
  const verdicts = frames.map((f, i) => {
    const result = healthTick(
      state,
      { nowSec: fromSec + i * stepSec, frames: f, expectFrames },
      limits,
    );
    state = result.state;
    return result.verdict;
  });
  return { state, verdicts };
}

describe('the kiosk watchdog', () => {
  it('is content while frames keep coming, however slowly', () => {
    const frames = Array.from({ length: 200 }, (_, i) => Math.floor(i / 8)); // one frame per 2 s
    expect(beats(INITIAL_HEALTH, 0, 0.25, frames).verdicts.every((v) => v === 'ok')).toBe(true);
  });

  it('reports frames stopped after stallSec of heartbeats without a frame', () => {
    const frames = [1, 2, 3, ...Array<number>(41).fill(3)];
    const { verdicts } = beats(INITIAL_HEALTH, 0, 0.25, frames);
    expect(verdicts.indexOf('frames-stopped')).toBe(2 + 40); // 40 quiet beats × 0.25 s = 10 s
  });

  it('does not count a blocked main thread (one long gap) as a stall', () => {
    const { state, verdicts } = beats(INITIAL_HEALTH, 0, 30, [5, 5, 5]);
    expect(verdicts).toEqual(['ok', 'ok', 'ok']);
    expect(state.stalledSec).toBe(2); // each gap counts for at most a second
  });

  it('does not expect frames from a hidden page', () => {
    const frames = Array<number>(100).fill(7);
    expect(beats(INITIAL_HEALTH, 0, 0.25, frames, false).verdicts.every((v) => v === 'ok')).toBe(
      true,
    );
  });

  it('waits restoreSec for a lost WebGL context, then gives up', () => {
    const lost = contextLost(INITIAL_HEALTH, 100);
    expect(contextLost(lost, 102)).toBe(lost); // the first loss counts
    expect(healthTick(lost, { nowSec: 104.9, frames: 0, expectFrames: true }, limits).verdict).toBe(
      'ok',
    );
    expect(healthTick(lost, { nowSec: 105, frames: 0, expectFrames: true }, limits).verdict).toBe(
      'context-not-restored',
    );
    const restored = contextRestored(lost);
    expect(
      healthTick(restored, { nowSec: 200, frames: 0, expectFrames: true }, limits).verdict,
    ).toBe('ok');
  });

  it('does not call a lost context a frame stall', () => {
    const lost = contextLost(INITIAL_HEALTH, 0);
    const long = { stallSec: 1, restoreSec: 1000 };
    let state = lost;
    for (let t = 0; t < 20; t += 0.25) {
      const result = healthTick(state, { nowSec: t, frames: 3, expectFrames: true }, long);
      expect(result.verdict).toBe('ok');
      state = result.state;
    }
  });
});

describe('crash recovery', () => {
  it('remounts the player up to three times a minute, then reloads', () => {
    let recent: number[] = [];
    const actions = [0, 5, 10, 15].map((now) => {
      const r = recoveryFor(recent, now);
      recent = r.recentSec;
      return r.action;
    });
    expect(actions).toEqual(['remount', 'remount', 'remount', 'reload']);
    expect(recoveryFor([0, 5, 10], 65).action).toBe('remount'); // the first one has aged out
  });

  it('backs off when the page keeps failing right after it starts', () => {
    expect([0, 1, 2, 3, 4, 5, 9].map((n) => reloadDelaySec(n, 5))).toEqual([0, 0, 0, 2, 4, 8, 60]);
    expect(reloadDelaySec(20, 3600)).toBe(0); // after a long healthy run, at once
  });
});
