/**
 * The kiosk healing itself — watchdog, WebGL context loss, player crashes, reloads with back-off
 * and the attract loop continuing after a reload — with the real driver on a hand-moved clock.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  MAX_REMOUNTS_IN_WINDOW,
  reloadDelaySec,
  RESTART_WINDOW_SEC,
} from '../../../../src/core/kiosk/health.ts';
import { playbackOf } from '../../../../src/core/time/clock.ts';
import { HEARTBEAT_MS } from '../../../../src/modes/kiosk/kiosk-driver.ts';
import {
  fakeCanvas,
  kioskHarness,
  memoryStorage,
  QUICK_RATE,
  type Harness,
} from './kiosk-harness.ts';

beforeEach(() => {
  // The driver tells the console why it reloads or remounts; not wanted in the test output.
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** The session write that decided a reload (the first one counting it). */
function reloadDecision(h: Harness, reloadsBefore: number) {
  return h.sessionWrites.find((w) => w.session.reloads === reloadsBefore + 1) ?? null;
}

describe('the watchdog', () => {
  it('reloads watchdogSec after the frames stop, backing off when reloads keep failing', () => {
    const storage = memoryStorage();
    const watchdogMs = 4000;
    const delays: number[] = [];
    for (let reloads = 0; reloads < 6; reloads++) {
      // Each page of the chain starts from what the one before wrote to sessionStorage.
      const h = kioskHarness({ storage, config: { watchdogSec: watchdogMs / 1000 } });
      const resumedStep =
        JSON.parse(storage.items.get('urverseny.kiosk') ?? '{}').resume?.step ?? 0;
      h.driver.start();
      h.advance(5000);
      expect(h.driver.api.health().reloads).toBe(reloads);
      h.drawing = false;
      h.advance(watchdogMs - HEARTBEAT_MS);
      expect(reloadDecision(h, reloads)).toBeNull();
      h.advance(HEARTBEAT_MS);
      const decision = reloadDecision(h, reloads)!;
      expect(decision.ms).toBe(5000 + watchdogMs);
      expect(decision.session).toMatchObject({ lastReason: 'frames-stopped' });
      // The attract loop's place, for the reloaded page.
      const { clock } = h.store.getState();
      expect(decision.session.resume).toEqual({
        step: resumedStep + h.driver.api.recent().length - 1,
        playbackSec: playbackOf(clock, decision.ms / 1000),
      });
      const delayMs = reloadDelaySec(reloads, decision.ms / 1000) * 1000;
      h.advance(Math.max(0, delayMs - 1));
      expect(h.reloads).toEqual(delayMs > 0 ? [] : [decision.ms]);
      // Decided: the kiosk no longer reacts while it waits for the reload.
      h.fire('pointerdown');
      expect(h.driver.getView().mode).toBe('attract');
      h.advance(1);
      expect(h.reloads).toEqual([decision.ms + delayMs]);
      h.advance(60_000);
      expect(h.reloads).toHaveLength(1);
      delays.push(delayMs);
    }
    expect(delays.slice(0, 3)).toEqual([0, 0, 0]);
    for (let i = 3; i < delays.length; i++) expect(delays[i]).toBeGreaterThan(delays[i - 1]!);
  });

  it('expects no frames from a hidden page', () => {
    const h = kioskHarness({ config: { watchdogSec: 5 } });
    h.driver.start();
    h.advance(1000);
    h.drawing = false;
    h.visible = false;
    h.advance(60_000);
    expect(h.reloads).toEqual([]);
    h.visible = true;
    h.advance(5000 - HEARTBEAT_MS);
    expect(h.reloads).toEqual([]);
    h.advance(2 * HEARTBEAT_MS);
    expect(h.reloads).toHaveLength(1);
    expect(reloadDecision(h, 0)?.session.lastReason).toBe('frames-stopped');
  });
});

describe('a lost WebGL context', () => {
  function loseContext(h: Harness) {
    h.canvas = fakeCanvas();
    h.advance(HEARTBEAT_MS); // the guard finds the canvas
    const lost = new Event('webglcontextlost', { cancelable: true });
    h.canvas.dispatchEvent(lost);
    return lost;
  }

  it('holds the scene, and reloads when the context is not back within watchdogSec', () => {
    const h = kioskHarness({ config: { watchdogSec: 6 } });
    h.driver.start();
    h.advance(2000);
    const lostAtMs = 2000 + HEARTBEAT_MS;
    const event = loseContext(h);
    expect(event.defaultPrevented).toBe(true); // asks the browser for the context back
    expect(h.store.getState().clock.playing).toBe(false);
    expect(h.driver.api.health()).toMatchObject({
      contextLost: true,
      contextLosses: 1,
      lastRecovery: 'context-lost',
    });
    h.drawing = false; // no picture, but the watchdog waits for the context, not for frames
    h.advance(6000 - 1);
    expect(h.reloads).toEqual([]);
    h.advance(1);
    expect(reloadDecision(h, 0)).toMatchObject({
      ms: lostAtMs + 6000,
      session: { lastReason: 'context-not-restored' },
    });
    h.advance(0);
    expect(h.reloads).toEqual([lostAtMs + 6000]);
  });

  it('plays on from the same moment once the restored context has drawn a frame', () => {
    const h = kioskHarness({ config: { watchdogSec: 6 } });
    h.driver.start();
    h.advance(2000);
    loseContext(h);
    const heldSec = h.store.playbackSec();
    h.drawing = false;
    h.advance(3000);
    expect(h.store.playbackSec()).toBe(heldSec);
    h.canvas!.dispatchEvent(new Event('webglcontextrestored'));
    expect(h.driver.api.health()).toMatchObject({
      contextLost: false,
      contextRestores: 1,
      lastRecovery: 'context-restored',
    });
    h.advance(2 * HEARTBEAT_MS);
    expect(h.store.getState().clock.playing).toBe(false); // not yet drawn again
    h.runtime.progress.frameDrawn();
    h.advance(HEARTBEAT_MS);
    expect(h.store.getState().clock.playing).toBe(true);
    expect(h.store.playbackSec()).toBeCloseTo(heldSec, 0);
    h.drawing = true;
    h.advance(20_000);
    expect(h.reloads).toEqual([]);
  });

  it('counts a new canvas (a remounted player) as the context back', () => {
    const h = kioskHarness({ config: { watchdogSec: 6 } });
    h.driver.start();
    loseContext(h);
    h.canvas = fakeCanvas();
    h.advance(HEARTBEAT_MS);
    expect(h.driver.api.health()).toMatchObject({ contextLost: false, contextRestores: 1 });
    h.advance(20_000);
    expect(h.reloads).toEqual([]);
    expect(h.store.getState().clock.playing).toBe(true);
  });
});

describe('a crashed player', () => {
  it('is remounted with its assets forgotten, until it crashes too often within a minute', () => {
    const h = kioskHarness({ config: { debug: true } });
    h.driver.start();
    h.advance(1000);
    h.driver.api.fault('render');
    expect(h.driver.getView().fault).toBe(true);
    const gapMs = Math.floor((RESTART_WINDOW_SEC * 1000) / (MAX_REMOUNTS_IN_WINDOW + 1));
    for (let i = 1; i <= MAX_REMOUNTS_IN_WINDOW; i++) {
      h.driver.playerFailed(new Error('boom'));
      // After React is done with the failed tree, not during its error handling.
      expect(h.driver.getView().generation).toBe(i - 1);
      h.advance(0);
      expect(h.driver.getView()).toMatchObject({ generation: i, fault: false });
      expect(h.runtime.assets.forget).toHaveBeenCalledTimes(i);
      h.advance(gapMs);
    }
    expect(h.driver.api.health()).toMatchObject({
      remounts: MAX_REMOUNTS_IN_WINDOW,
      errors: MAX_REMOUNTS_IN_WINDOW,
      lastRecovery: 'player-crashed',
    });
    expect(h.reloads).toEqual([]);

    h.driver.playerFailed(new Error('boom again'));
    h.advance(0);
    expect(h.driver.getView().generation).toBe(MAX_REMOUNTS_IN_WINDOW);
    expect(h.reloads).toHaveLength(1);
    expect(reloadDecision(h, 0)?.session.lastReason).toBe('player-crashed-repeatedly');
  });

  it('keeps being remounted when the crashes are spread out', () => {
    const h = kioskHarness();
    h.driver.start();
    const gapMs = Math.ceil((RESTART_WINDOW_SEC * 1000) / MAX_REMOUNTS_IN_WINDOW) + 1000;
    for (let i = 0; i < 2 * MAX_REMOUNTS_IN_WINDOW; i++) {
      h.advance(gapMs);
      h.driver.playerFailed(new Error('rare'));
    }
    h.advance(0);
    expect(h.driver.getView().generation).toBe(2 * MAX_REMOUNTS_IN_WINDOW);
    expect(h.reloads).toEqual([]);
  });

  it('counts errors nothing caught on the page, and starts over on one that unmounted React', () => {
    const h = kioskHarness();
    h.driver.start();
    h.fire('error');
    h.fire('unhandledrejection');
    expect(h.driver.api.health().errors).toBe(2);
    h.driver.uncaughtError(new Error('gone'));
    h.advance(0);
    expect(h.reloads).toHaveLength(1);
    expect(reloadDecision(h, 0)?.session.lastReason).toBe('uncaught-error');
  });
});

describe('after a reload', () => {
  it('continues the attract loop where it was, from sessionStorage', () => {
    const storage = memoryStorage();
    const before = kioskHarness({ storage, config: { attractRate: QUICK_RATE } });
    before.driver.start();
    before.advance(before.driver.api.recent().length === 1 ? before.msToSceneEnd() + 1000 : 0);
    const [, second] = before.driver.api.recent();
    expect(second).toBeDefined();
    before.advance(HEARTBEAT_MS);
    before.driver.uncaughtError(new Error('gone'));
    const written = reloadDecision(before, 0)!.session;
    expect(written.resume).toEqual({
      step: second!.cycle - 1,
      playbackSec: before.store.playbackSec(),
    });
    before.advance(0);
    expect(before.reloads).toHaveLength(1);

    const after = kioskHarness({ storage, config: { attractRate: QUICK_RATE } });
    after.driver.start();
    expect(after.driver.api.recent()).toEqual([{ ...second, cycle: 1 }]);
    expect(after.store.playbackSec()).toBeCloseTo(written.resume!.playbackSec, 6);
    expect(after.driver.api.health()).toMatchObject({
      reloads: 1,
      lastRecovery: 'uncaught-error',
      cycles: 1,
    });
    // Taken once: a later reload for another reason starts where that page is, not here.
    expect(JSON.parse(storage.items.get('urverseny.kiosk')!).resume).toBeNull();
  });
});
