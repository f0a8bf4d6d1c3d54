/**
 * The controls step aside after three quiet seconds while playing, come back on any activity,
 * and stay while something holds them: timed on a hand-moved wall clock.
 */
import { describe, expect, it } from 'vitest';
import { createStepAside, STEP_ASIDE_MS } from '../../../src/ui/step-aside.ts';
import { manualWallClock } from '../../helpers/manual-wall-clock.ts';

function playing() {
  const wall = manualWallClock();
  const stepAside = createStepAside(wall);
  let changes = 0;
  stepAside.subscribe(() => changes++);
  stepAside.hold(false);
  return { wall, stepAside, changes: () => changes };
}

describe('stepping aside', () => {
  it('hides three seconds after the last activity while playing, and not a moment before', () => {
    const { wall, stepAside } = playing();
    expect(STEP_ASIDE_MS).toBe(3000);
    wall.advance(2999);
    expect(stepAside.shown()).toBe(true);
    wall.advance(1);
    expect(stepAside.shown()).toBe(false);
  });

  it('comes back on activity and counts the quiet time afresh', () => {
    const { wall, stepAside, changes } = playing();
    wall.advance(2000);
    stepAside.activity();
    wall.advance(2500);
    expect(stepAside.shown()).toBe(true);
    wall.advance(500);
    expect(stepAside.shown()).toBe(false);
    stepAside.activity();
    expect(stepAside.shown()).toBe(true);
    expect(changes()).toBe(2);
  });

  it('stays while held (paused, a menu open, the pointer on the bar) and hides again once let go', () => {
    const { wall, stepAside } = playing();
    wall.advance(3000);
    expect(stepAside.shown()).toBe(false);
    stepAside.hold(true);
    expect(stepAside.shown()).toBe(true);
    wall.advance(60_000);
    expect(stepAside.shown()).toBe(true);
    expect(wall.pending()).toBe(0);
    stepAside.hold(false);
    wall.advance(3000);
    expect(stepAside.shown()).toBe(false);
  });

  it('starts held (shown) and leaves no timer behind when disposed', () => {
    const wall = manualWallClock();
    const stepAside = createStepAside(wall);
    wall.advance(10_000);
    expect(stepAside.shown()).toBe(true);
    stepAside.hold(false);
    expect(wall.pending()).toBe(1);
    stepAside.dispose();
    expect(wall.pending()).toBe(0);
  });
});
