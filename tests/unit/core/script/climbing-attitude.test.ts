import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../../src/core/script/evaluate.ts';
import { exhaustsIn } from '../../../../src/core/script/exhaust.ts';
import { playbackAt } from '../../../../src/core/time/timeline.ts';
import { dot, length, normalize, sub } from '../../../../src/core/vec3.ts';
import { loadRepoScene } from '../../../helpers/scenes.ts';

const DEG = 180 / Math.PI;
const angleDeg = (a: [number, number, number], b: [number, number, number]) =>
  Math.acos(Math.min(1, dot(normalize(a), normalize(b)))) * DEG;

/** Each launch: scene, body, lift-off and insertion (from the scenes' events). */
const LAUNCHES = [
  ['vostok-1', 'vostok-1', '1961-04-12T06:07:00Z', '1961-04-12T06:18:16Z'],
  ['apollo-soyuz', 'soyuz-19', '1975-07-15T12:20:00Z', '1975-07-15T12:28:50Z'],
  ['apollo-soyuz', 'apollo', '1975-07-15T19:50:01Z', '1975-07-15T19:59:56Z'],
  ['soyuz-36', 'soyuz-36', '1980-05-26T18:20:39Z', '1980-05-26T18:29:29Z'],
] as const;

describe('a craft on its rocket', () => {
  it.each(LAUNCHES)('%s: %s stands up on the pad and at lift-off', (id, bodyId, liftOff) => {
    const scene = loadRepoScene(id);
    for (const [offsetSec, withinDeg] of [
      [-30, 0.5],
      [0, 0.5],
      // The modelled climb starts pitching over at once (a real one clears its tower first).
      [5, 10],
    ] as const) {
      const utcMs = Date.parse(liftOff) + offsetSec * 1000;
      const body = evaluate(scene, playbackAt(scene.timeline, utcMs)).bodies.find(
        (b) => b.id === bodyId,
      )!;
      // Nose up: along the radius (the ellipsoid's normal is within 0.2° of it).
      expect(angleDeg(body.forward, body.eciKm), `${offsetSec} s`).toBeLessThan(withinDeg);
      expect(Math.abs(dot(body.forward, body.up))).toBeLessThan(1e-9);
    }
  });

  it.each(LAUNCHES)(
    '%s: %s flies its flame straight behind it early in the climb',
    (id, bodyId, liftOff) => {
      const scene = loadRepoScene(id);
      for (const offsetSec of [10, 60, 120]) {
        const frame = evaluate(
          scene,
          playbackAt(scene.timeline, Date.parse(liftOff) + offsetSec * 1000),
        );
        const body = frame.bodies.find((b) => b.id === bodyId)!;
        // The stack's one flame, behind its aftmost body (Apollo's is behind its S-IVB).
        const flame = exhaustsIn(frame.bodies).find((e) => length(sub(e.eciKm, body.eciKm)) < 0.1);
        expect(flame, `${offsetSec} s`).toBeDefined();
        expect(
          angleDeg(body.forward, flame!.backwardEci.map((x) => -x) as [number, number, number]),
        ).toBeLessThan(2);
      }
    },
  );

  it.each(LAUNCHES)(
    '%s: %s turns into its orbit attitude at insertion without a jump',
    (id, bodyId, _, insertion) => {
      const scene = loadRepoScene(id);
      const at = (ms: number) =>
        evaluate(scene, playbackAt(scene.timeline, ms)).bodies.find((b) => b.id === bodyId)!;
      const before = at(Date.parse(insertion) - 500);
      const after = at(Date.parse(insertion) + 500);
      expect(before.phase).toBe('ascent');
      expect(after.phase).not.toBe('ascent');
      // In one second a craft in orbit turns 0.06° with its horizon; a jump would be degrees.
      expect(angleDeg(before.forward, after.forward)).toBeLessThan(0.2);
      expect(angleDeg(before.up, after.up)).toBeLessThan(0.2);
    },
  );
});
