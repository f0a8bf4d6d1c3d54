/**
 * The attract loop as the kiosk starts it with no `scenes=` in its address: the playlist is the
 * catalogue built from every file in scenes/, and the real driver on a hand-moved clock plays each
 * of them through, in order, then starts over. A scene file that fails to load, or that the
 * playlist leaves out, fails here by name.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attractPlaylist, parseKioskConfig } from '../../../../src/core/kiosk/kiosk-config.ts';
import { HEARTBEAT_MS } from '../../../../src/modes/kiosk/kiosk-driver.ts';
import { repoCatalog } from '../../../helpers/catalog.ts';
import { root } from '../../../helpers/scenes.ts';
import { kioskHarness, QUICK_RATE } from './kiosk-harness.ts';

const sceneFileIds = readdirSync(`${root}scenes`)
  .filter((name) => name.endsWith('.json') && name !== 'schema.json')
  .map((name) => name.replace(/\.json$/, ''));

describe('the default attract playlist', () => {
  const catalog = repoCatalog();
  const { config, problems: configProblems } = parseKioskConfig('?kiosk');
  const { playlist, problems } = attractPlaylist(catalog, config.sceneIds);

  it('is every scene file, each of them loadable', () => {
    expect(configProblems).toEqual([]);
    expect(problems).toEqual([]);
    expect(catalog.filter((e) => !e.available).map((e) => `${e.id}: ${e.error}`)).toEqual([]);
    expect([...playlist].sort()).toEqual([...sceneFileIds].sort());
    expect(playlist).toEqual(catalog.map((e) => e.id));
  });

  it('plays each scene to its end in the attract mode, in order, then starts over', () => {
    const h = kioskHarness({ config: { attractRate: QUICK_RATE }, playlist });
    h.driver.start();
    for (const [i, id] of playlist.entries()) {
      const state = h.store.getState();
      expect(state.scene?.id, `attract step ${i}`).toBe(id);
      expect(state).toMatchObject({ kiosk: 'attract', lang: 'hu' });
      expect(state.clock).toMatchObject({ playing: true, rate: QUICK_RATE });
      expect(state.captions.on).toBe(true);
      const framesAtStart = h.runtime.progress.drawnFrames();
      const startedMs = h.wall.nowSec() * 1000;
      const playMs = (state.clock.durationSec / QUICK_RATE) * 1000;
      // Halfway through, the clock has moved and the scene is still on screen.
      h.advance(Math.floor(playMs / 2));
      expect(h.store.getState().scene?.id).toBe(id);
      expect(h.store.playbackSec()).toBeGreaterThan(0);
      // It gives way to the next one at the first heartbeat after its end, not before.
      while (
        h.driver.api.recent().length === i + 1 &&
        h.wall.nowSec() * 1000 < startedMs + 2 * playMs
      )
        h.advance(HEARTBEAT_MS);
      const shownMs = h.wall.nowSec() * 1000 - startedMs;
      expect(shownMs, `${id} played to its end`).toBeGreaterThanOrEqual(playMs);
      expect(shownMs).toBeLessThanOrEqual(playMs + 2 * HEARTBEAT_MS);
      expect(h.runtime.progress.drawnFrames()).toBeGreaterThan(framesAtStart + 2);
    }
    expect(h.driver.api.recent().map((r) => r.sceneId)).toEqual([...playlist, playlist[0]]);
    expect(h.store.getState().scene?.id).toBe(playlist[0]);
    expect(h.reloads).toEqual([]);
  });
});
