import { describe, expect, it } from 'vitest';
import {
  chapterIndexAt,
  chapterName,
  chaptersOf,
  chapterTime,
  tickGroups,
} from '../../../src/ui/chapters.ts';
import { loadRepoScene } from '../../helpers/scenes.ts';

/** A scene-shaped value: events at playback seconds on a 100 s timeline. */
function scene(at: number[]) {
  return {
    timeline: { durationSec: 100, startUtcMs: 0 } as never,
    events: at.map((sec, i) => ({
      id: `e${i}`,
      label: { hu: `esemény ${i}`, en: `event ${i}` },
      playbackSec: sec,
      utcMs: sec * 1000,
      source: 'x',
    })),
  };
}

describe('chapters', () => {
  it('open with the time before the first event and run from event to event', () => {
    const chapters = chaptersOf(scene([10, 40, 70]));
    expect(chapters.map((c) => [c.id, c.startSec])).toEqual([
      ['opening', 0],
      ['e0', 10],
      ['e1', 40],
      ['e2', 70],
    ]);
    expect(chapterName(chapters[0], 'en')).toBe('Opening');
    expect(chapterName(chapters[0], 'hu')).toBe('Bevezetés');
    expect(chapterName(chapters[2], 'hu')).toBe('esemény 1');
    expect([0, 9.9, 10, 55, 100].map((sec) => chapterIndexAt(chapters, sec))).toEqual([
      0, 0, 1, 2, 3,
    ]);
  });

  it('make one chapter of events closer than 2 % of the scene, named after the first', () => {
    const chapters = chaptersOf(scene([10, 11, 11.9, 40]));
    expect(chapters.map((c) => c.id)).toEqual(['opening', 'e0', 'e3']);
    expect(chapters[1]!.events.map((e) => e.id)).toEqual(['e0', 'e1', 'e2']);
  });

  it('need no opening when the scene begins with an event', () => {
    const chapters = chaptersOf(scene([1, 50]));
    expect(chapters.map((c) => [c.id, c.startSec])).toEqual([
      ['e0', 0],
      ['e1', 50],
    ]);
  });

  it('begin at their event’s UTC exactly (the opening at the scene’s start)', () => {
    const chapters = chaptersOf(scene([10, 40]));
    expect(chapterTime(chapters[0]!)).toEqual({ kind: 'playback', sec: 0 });
    expect(chapterTime(chapters[2]!)).toEqual({ kind: 'utc', ms: 40_000 });
  });

  it('share a tick when they would sit closer than 24 px on the bar', () => {
    const chapters = chaptersOf(scene([10, 14, 40, 41.5, 90]), 0.01);
    // 600 px: 24 px is 4 s of this 100 s scene.
    expect(tickGroups(chapters, 100, 600).map((g) => g.map((c) => c.id))).toEqual([
      ['e0'],
      ['e1'],
      ['e2', 'e3'],
      ['e4'],
    ]);
    // 200 px: 12 s.
    expect(tickGroups(chapters, 100, 200).map((g) => g.map((c) => c.id))).toEqual([
      ['e0', 'e1'],
      ['e2', 'e3'],
      ['e4'],
    ]);
    expect(tickGroups(chapters, 100, 0)).toEqual([]);
  });

  it('name the Apollo–Soyuz scene’s moments, docking among them', () => {
    const chapters = chaptersOf(loadRepoScene('apollo-soyuz'));
    const docking = chapters.find((c) => c.id === 'docking')!;
    expect(chapterName(docking, 'en')).toMatch(/^Docking/);
    expect(new Date(docking.utcMs).toISOString()).toBe('1975-07-17T16:09:09.000Z');
    expect(chapters[0]!.id).toBe('opening');
    for (let i = 1; i < chapters.length; i++)
      expect(chapters[i]!.startSec).toBeGreaterThan(chapters[i - 1]!.startSec);
  });
});
