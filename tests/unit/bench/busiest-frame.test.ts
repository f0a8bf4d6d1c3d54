import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  busiest,
  frameProbes,
  framingDistanceKm,
  PROBE_FOV_DEG,
  type FrameProbe,
  type SceneFileForProbes,
} from '../../../scripts/bench/busiest-frame.ts';

const root = new URL('../../../', import.meta.url);
const catalog = JSON.parse(readFileSync(new URL('models/catalog.json', root), 'utf8')) as {
  id: string;
  lengthM: number;
}[];
const lengthM = (id: string) => catalog.find((m) => m.id === id)?.lengthM;
const sceneIds = readdirSync(new URL('scenes/', root))
  .filter((f) => f.endsWith('.json') && f !== 'schema.json')
  .map((f) => f.replace(/\.json$/, ''));
const sceneFile = (id: string) =>
  JSON.parse(readFileSync(new URL(`scenes/${id}.json`, root), 'utf8')) as SceneFileForProbes;

const closeViews = (probes: FrameProbe[]) =>
  probes.flatMap((p) => ('inspect' in p ? [p.inspect] : []));
const seeks = (probes: FrameProbe[]) => probes.flatMap((p) => ('seek' in p ? [p.seek] : []));

describe("the bench's busiest-frame probes", () => {
  it.each(sceneIds)(
    '%s: every camera key, every event and every craft whole at each event',
    (id) => {
      const scene = sceneFile(id);
      const probes = frameProbes(scene, lengthM, { durationSec: 600, seeks: 4 });
      expect(seeks(probes)).toEqual([
        75,
        225,
        375,
        525,
        ...scene.camera.map((k) => k.utc),
        ...(scene.events ?? []).map((e) => e.utc),
      ]);
      const views = closeViews(probes);
      expect(views).toHaveLength((scene.events ?? []).length * scene.bodies.length);
      for (const view of views) {
        const body = scene.bodies.find((b) => b.id === view.target)!;
        // The model's whole length fits the frame's height.
        const visibleKm = 2 * view.distanceKm * Math.tan((view.fovDeg * Math.PI) / 360);
        expect(visibleKm * 1000).toBeGreaterThan(lengthM(body.model!)!);
        expect(visibleKm * 1000).toBeLessThan(2 * lengthM(body.model!)!);
      }
    },
  );

  it('looks at the whole ISS with Dragon docked, Salyut-6 with both Soyuz, Leonov outside', () => {
    const at = (id: string, target: string, utc: string) =>
      closeViews(frameProbes(sceneFile(id), lengthM, { durationSec: 1, seeks: 1 })).find(
        (v) => v.target === target && v.utc === utc,
      );
    const iss = at('ax-4', 'iss', '2025-06-26T10:31:00Z');
    expect(iss?.distanceKm).toBeCloseTo(framingDistanceKm(109), 9);
    expect(at('soyuz-36', 'salyut-6', '1980-05-27T19:56:00Z')).toBeDefined();
    const voskhod = sceneFile('voskhod-2').events!;
    const egress = voskhod.find((e) => e.utc.startsWith('1965-03-18T08:34'))!;
    expect(at('voskhod-2', 'leonov', egress.utc)).toBeDefined();
  });

  it('frames a 109 m station from about 200 m at a 40° field of view', () => {
    expect(PROBE_FOV_DEG).toBe(40);
    expect(framingDistanceKm(109)).toBeCloseTo((1.3 * 0.109) / (2 * Math.tan(Math.PI / 9)), 12);
  });

  it('reports the most draw calls and the most triangles with where each was seen', () => {
    expect(
      busiest([
        { label: 'a', calls: 30, triangles: 900_000 },
        { label: 'b', calls: 41, triangles: 200_000 },
      ]),
    ).toEqual({ drawCalls: 41, triangles: 900_000, drawCallsAt: 'b', trianglesAt: 'a' });
    expect(() => busiest([])).toThrow('no frame measured');
  });
});
