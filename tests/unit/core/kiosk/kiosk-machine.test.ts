import { describe, expect, it } from 'vitest';
import {
  attractLang,
  countdownLeftSec,
  kioskStep,
  startKiosk,
  type KioskEvent,
  type KioskPlan,
  type KioskState,
} from '../../../../src/core/kiosk/kiosk-machine.ts';

const plan: KioskPlan = {
  playlist: ['sputnik-1', 'vostok-1', 'apollo-soyuz'],
  langs: ['hu'],
  idleSec: 60,
  countdownSec: 10,
};

/** Runs events in order; returns every state and command. */
function run(p: KioskPlan, start: KioskState, events: KioskEvent[]) {
  let state = start;
  const commands = [];
  for (const event of events) {
    const result = kioskStep(p, state, event);
    state = result.state;
    commands.push(...result.commands);
  }
  return { state, commands };
}

const tick = (nowSec: number, sceneEnded = false): KioskEvent => ({
  kind: 'tick',
  nowSec,
  sceneEnded,
});
const input = (nowSec: number): KioskEvent => ({ kind: 'input', nowSec });

describe('the kiosk machine', () => {
  it('starts in the attract loop with the first scene, settings reset', () => {
    const { state, commands } = startKiosk(plan, 100);
    expect(state.mode).toBe('attract');
    expect(commands).toEqual([{ kind: 'attract', sceneId: 'sputnik-1', lang: 'hu', reset: true }]);
  });

  it('resumes the loop at a given step after a reload', () => {
    expect(startKiosk(plan, 0, 4).commands).toEqual([
      { kind: 'attract', sceneId: 'vostok-1', lang: 'hu', reset: true },
    ]);
  });

  it('plays scene after scene, wrapping around, without input and without idling out', () => {
    const { state } = startKiosk(plan, 0);
    const { state: after, commands } = run(plan, state, [
      tick(1),
      tick(500), // long after idleSec: the attract loop never counts down
      tick(501, true),
      tick(700, true),
      tick(900, true),
    ]);
    expect(after.mode).toBe('attract');
    expect(commands.map((c) => (c.kind === 'attract' ? c.sceneId : c.kind))).toEqual([
      'vostok-1',
      'apollo-soyuz',
      'sputnik-1',
    ]);
    expect(commands.every((c) => c.kind === 'attract' && !c.reset)).toBe(true);
  });

  it('enters interactive mode on a touch, counts down after idleSec, and returns to the loop', () => {
    const start = startKiosk(plan, 0).state;
    const touched = kioskStep(plan, start, input(10));
    expect(touched.state.mode).toBe('interactive');
    expect(touched.commands).toEqual([{ kind: 'interactive' }]);
    // A scene ending while the visitor watches does not move the loop on.
    const watching = run(plan, touched.state, [tick(30, true), tick(40), input(45), tick(104.9)]);
    expect(watching.state.mode).toBe('interactive');
    expect(watching.commands).toEqual([]);
    const quiet = kioskStep(plan, watching.state, tick(105));
    expect(quiet.state.mode).toBe('countdown');
    expect(countdownLeftSec(quiet.state, 105)).toBe(10);
    expect(countdownLeftSec(quiet.state, 109.5)).toBe(6);
    expect(countdownLeftSec(quiet.state, 114.5)).toBe(1);
    const still = kioskStep(plan, quiet.state, tick(114.9));
    expect(still.state.mode).toBe('countdown');
    const back = kioskStep(plan, still.state, tick(115));
    expect(back.state.mode).toBe('attract');
    // The loop goes on with the next scene, everything the visitor chose forgotten.
    expect(back.commands).toEqual([
      { kind: 'attract', sceneId: 'vostok-1', lang: 'hu', reset: true },
    ]);
    expect(countdownLeftSec(back.state, 115)).toBe(0);
  });

  it('keeps the visitor when they touch during the countdown', () => {
    const start = startKiosk(plan, 0).state;
    const { state } = run(plan, start, [input(1), tick(61)]);
    expect(state.mode).toBe('countdown');
    const kept = kioskStep(plan, state, input(65));
    expect(kept.state.mode).toBe('interactive');
    expect(kept.commands).toEqual([]); // nothing changes for the visitor
    expect(kioskStep(plan, kept.state, tick(124)).state.mode).toBe('interactive');
    expect(kioskStep(plan, kept.state, tick(125)).state.mode).toBe('countdown');
  });

  it('rotates the language scene by scene so every scene is shown in every language', () => {
    const two: KioskPlan = { ...plan, playlist: ['a', 'b'], langs: ['hu', 'en'] };
    const shown = Array.from(
      { length: 4 },
      (_, step) => `${two.playlist[step % 2]}/${attractLang(two, step)}`,
    );
    expect(shown).toEqual(['a/hu', 'b/en', 'a/en', 'b/hu']);
    const three: KioskPlan = { ...plan, langs: ['hu', 'en'] };
    expect(Array.from({ length: 6 }, (_, step) => attractLang(three, step))).toEqual([
      'hu',
      'en',
      'hu',
      'en',
      'hu',
      'en',
    ]);
    const one: KioskPlan = { ...plan, playlist: ['a'], langs: ['hu', 'en'] };
    expect([0, 1, 2].map((step) => attractLang(one, step))).toEqual(['hu', 'en', 'hu']);
  });
});
