import { describe, expect, it } from 'vitest';
import { actionForKey, nextRate, SHORTCUTS } from '../../../src/ui/shortcuts.ts';
import { STRINGS } from '../../../src/ui/strings.ts';

const plain = { ctrl: false, alt: false, meta: false };

describe('keyboard shortcuts', () => {
  it('maps the player keys, in either case', () => {
    expect(actionForKey(' ', plain)).toBe('togglePlay');
    expect(actionForKey('K', plain)).toBe('togglePlay');
    expect(actionForKey('ArrowLeft', plain)).toBe('back');
    expect(actionForKey('l', plain)).toBe('faster');
    expect(actionForKey('T', plain)).toBe('language');
    expect(actionForKey('?', plain)).toBe('help');
    expect(actionForKey('x', plain)).toBeNull();
  });

  it('leaves browser shortcuts alone', () => {
    expect(actionForKey('f', { ...plain, ctrl: true })).toBeNull();
    expect(actionForKey('t', { ...plain, meta: true })).toBeNull();
  });

  it('lists every action in the help table with a label in both languages', () => {
    for (const shortcut of SHORTCUTS) expect(STRINGS[shortcut.label].hu).toBeTruthy();
  });

  it('steps through the speeds and stops at the ends', () => {
    const rates = [0.25, 0.5, 1, 2, 4];
    expect(nextRate(rates, 1, 1)).toBe(2);
    expect(nextRate(rates, 1, -1)).toBe(0.5);
    expect(nextRate(rates, 4, 1)).toBe(4);
    expect(nextRate(rates, 0.25, -1)).toBe(0.25);
    // From an in-between rate (real time), to the neighbours.
    expect(nextRate(rates, 0.7, 1)).toBe(1);
    expect(nextRate(rates, 0.7, -1)).toBe(0.5);
  });
});

describe('mission elapsed time', () => {
  it('counts from launch, with days once past 24 h and a minus before launch', async () => {
    const { formatMissionTime } = await import('../../../src/ui/format.ts');
    const launch = Date.parse('1975-07-15T12:20:00Z');
    expect(formatMissionTime(Date.parse('1975-07-17T16:09:09Z'), launch)).toBe('T+2 d 03:49:09');
    expect(formatMissionTime(launch + 65_000, launch)).toBe('T+00:01:05');
    expect(formatMissionTime(launch - 180_000, launch)).toBe('T−00:03:00');
  });
});
