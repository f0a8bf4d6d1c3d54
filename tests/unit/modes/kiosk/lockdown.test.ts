import { describe, expect, it } from 'vitest';
import { linkLeavesApp } from '../../../../src/modes/kiosk/lockdown.ts';
import { readSession, writeSession } from '../../../../src/modes/kiosk/kiosk-session.ts';

const origin = 'http://127.0.0.1:4173';

describe('kiosk lock-down', () => {
  it('lets links inside the app work and stops every other', () => {
    const link = (href: string, target = '', hasDownload = false) =>
      linkLeavesApp({ href, target, hasDownload }, origin);
    expect(link(`${origin}/?scene=vostok-1`)).toBe(false);
    expect(link('./?kiosk', '_self')).toBe(false);
    expect(link('https://example.org/')).toBe(true);
    expect(link(`${origin}/`, '_blank')).toBe(true);
    expect(link('blob:http://127.0.0.1:4173/x', '', true)).toBe(true);
    expect(link('mailto:someone@example.org')).toBe(true);
  });
});

describe('the kiosk session record', () => {
  it('round-trips and survives garbage', () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    };
    expect(readSession(storage, 1000)).toEqual({
      firstStartMs: 1000,
      reloads: 0,
      lastReason: null,
      resume: null,
    });
    writeSession(storage, {
      firstStartMs: 5,
      reloads: 2,
      lastReason: 'frames-stopped',
      resume: { step: 3, playbackSec: 12.5 },
    });
    expect(readSession(storage, 9999)).toEqual({
      firstStartMs: 5,
      reloads: 2,
      lastReason: 'frames-stopped',
      resume: { step: 3, playbackSec: 12.5 },
    });
    store.set('urverseny.kiosk', '{"reloads":"x","resume":{"step":1}}');
    expect(readSession(storage, 7)).toEqual({
      firstStartMs: 7,
      reloads: 0,
      lastReason: null,
      resume: null,
    });
    store.set('urverseny.kiosk', 'not json');
    expect(readSession(storage, 7).reloads).toBe(0);
  });
});
