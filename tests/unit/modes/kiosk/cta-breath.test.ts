/**
 * The attract screen's call to action breathes in step with the frames the player draws, never on
 * a clock of its own (a CSS animation asks the compositor for 60 frames a second of its own).
 */
import { describe, expect, it } from 'vitest';
import { breathOpacity, breatheWithFrames } from '../../../../src/modes/kiosk/cta-breath.ts';
import { createFrameBus } from '../../../../src/player/frame-bus.ts';
import type { SceneFrame } from '../../../../src/core/script/evaluate.ts';

const frame = {} as SceneFrame;

describe('the call to action breathing', () => {
  it('goes from dim to full and back every 3.2 s, smoothly', () => {
    expect(breathOpacity(0)).toBeCloseTo(0.72, 6);
    expect(breathOpacity(1.6)).toBeCloseTo(1, 6);
    expect(breathOpacity(3.2)).toBeCloseTo(0.72, 6);
    expect(breathOpacity(100 * 3.2 + 0.8)).toBeCloseTo(breathOpacity(0.8), 6);
    for (let sec = 0; sec < 6.4; sec += 0.05) {
      expect(breathOpacity(sec)).toBeGreaterThanOrEqual(0.72 - 1e-9);
      expect(breathOpacity(sec)).toBeLessThanOrEqual(1 + 1e-9);
      // No jump between two frames at 20 fps.
      expect(Math.abs(breathOpacity(sec + 0.05) - breathOpacity(sec))).toBeLessThan(0.015);
    }
  });

  it('changes only when a frame is drawn, with that moment of the wall clock', () => {
    const bus = createFrameBus();
    let now = 0;
    const applied: number[] = [];
    const stop = breatheWithFrames(
      bus.subscribe,
      () => now,
      (opacity) => applied.push(opacity),
    );
    // Time passes with no frame drawn: nothing is written.
    now = 1.6;
    expect(applied).toEqual([]);
    bus.publish(frame);
    expect(applied).toEqual([breathOpacity(1.6)]);
    now = 2.4;
    bus.publish(frame);
    expect(applied).toEqual([breathOpacity(1.6), breathOpacity(2.4)]);
    stop();
    now = 3;
    bus.publish(frame);
    expect(applied).toHaveLength(2);
  });
});
