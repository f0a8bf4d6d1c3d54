/**
 * Every scene in scenes/ can be recorded: the recorder's own catalogue (what `npm run record`
 * plans against: the scene files, the registered models, the text) offers each of them, and the
 * CLI's arguments for a short clip of each caption plan to frames whose subtitles carry that
 * caption. A scene the recorder cannot load fails here by name, without a browser.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as core from '../../../src/core/record/record-cli.ts';
import { formatUtc } from '../../../src/core/time/utc.ts';
import { root } from '../../helpers/scenes.ts';
// @ts-expect-error -- plain ESM script without types
import { loadSceneCatalog } from '../../../scripts/record/scene-catalog.mjs';

type Catalog = ReturnType<typeof core.buildCatalog>;

const sceneFileIds = readdirSync(`${root}scenes`)
  .filter((name) => name.endsWith('.json') && name !== 'schema.json')
  .map((name) => name.replace(/\.json$/, ''));

const catalog = (await loadSceneCatalog(root, core)) as Catalog;

/** What `npm run record -- …` makes of these arguments, planned against the catalogue. */
function planFor(argv: string[]) {
  const args = core.parseRecordArgs(argv);
  if (args.help) throw new Error('expected a clip request, got --help');
  return core.planClip(args.request, catalog);
}

describe("the recorder's scene catalogue", () => {
  it('offers every scene file, each loadable', () => {
    expect(catalog.map((e) => e.id).sort()).toEqual([...sceneFileIds].sort());
    expect(catalog.filter((e) => !e.available).map((e) => `${e.id}: ${e.error}`)).toEqual([]);
  });

  it.each(sceneFileIds)('%s: a small clip over each caption carries that caption', (id) => {
    const scene = catalog.find((e) => e.id === id)!.scene!;
    expect(scene.captions.length).toBeGreaterThan(0);
    for (const caption of scene.captions) {
      // Given in UTC, as a curator would from the scene file.
      const from = formatUtc(caption.fromMs);
      const plan = planFor([
        '--scene',
        id,
        '--out',
        'clip.mp4',
        '--size',
        '320x180',
        '--fps',
        '2',
        '--from',
        from,
        '--to',
        String(caption.untilSec),
        '--gpu',
        'off',
      ]);
      expect(plan).toMatchObject({ sceneId: id, width: 320, height: 180, captions: 'burn' });
      expect(plan.fromSec).toBeGreaterThanOrEqual(caption.fromSec - 0.01);
      expect(plan.fromSec).toBeLessThan(caption.untilSec);
      expect(plan.frameCount).toBeGreaterThanOrEqual(1);
      const subtitles = core.clipSubtitles(scene.captions, plan);
      const firstLine = caption.hu.split('\n')[0]!;
      expect(subtitles.hu.vtt, `${id} at ${from}`).toContain(firstLine);
      expect(subtitles.en.srt).toContain(caption.en.split('\n')[0]!);
    }
  });
});
