import { describe, expect, it } from 'vitest';
import { EARTH_ROTATION_RAD_S } from '../../../../src/core/orbit/kepler.ts';
import { evaluate } from '../../../../src/core/script/evaluate.ts';
import { exhaustsIn } from '../../../../src/core/script/exhaust.ts';
import { playbackAt } from '../../../../src/core/time/timeline.ts';
import { dot, normalize, sub, type Vec3 } from '../../../../src/core/vec3.ts';
import { loadRepoScene } from '../../../helpers/scenes.ts';

const soyuz36 = loadRepoScene('soyuz-36');
const apolloSoyuz = loadRepoScene('apollo-soyuz');
const bodiesAt = (scene: typeof soyuz36, iso: string) =>
  evaluate(scene, playbackAt(scene.timeline, Date.parse(iso))).bodies;

describe('rocket flames (exhaustsIn)', () => {
  it('burn from lift-off to insertion only (Soyuz-36: 18:20:39 to 18:29:29 UTC)', () => {
    expect(exhaustsIn(bodiesAt(soyuz36, '1980-05-26T18:20:30Z'))).toEqual([]);
    expect(exhaustsIn(bodiesAt(soyuz36, '1980-05-26T18:21:00Z')).map((e) => e.bodyId)).toEqual([
      'soyuz-36',
    ]);
    expect(exhaustsIn(bodiesAt(soyuz36, '1980-05-26T18:29:00Z'))).toHaveLength(1);
    expect(exhaustsIn(bodiesAt(soyuz36, '1980-05-26T18:30:00Z'))).toEqual([]);
  });

  it('point below the horizon while the rocket climbs, and level behind it at insertion', () => {
    const radialOf = (iso: string) => {
      const bodies = bodiesAt(soyuz36, iso);
      const craft = bodies.find((b) => b.id === 'soyuz-36')!;
      return dot(exhaustsIn(bodies)[0]!.backwardEci, normalize(craft.eciKm));
    };
    expect(radialOf('1980-05-26T18:23:00Z')).toBeLessThan(-0.2);
    expect(Math.abs(radialOf('1980-05-26T18:29:00Z'))).toBeLessThan(0.05);
  });

  it('trail opposite to the motion over the ground, not to the inertial velocity', () => {
    const bodies = bodiesAt(soyuz36, '1980-05-26T18:21:00Z');
    const craft = bodies.find((b) => b.id === 'soyuz-36')!;
    const [x, y] = craft.eciKm;
    const groundTurn: Vec3 = [-EARTH_ROTATION_RAD_S * y, EARTH_ROTATION_RAD_S * x, 0];
    const overGround = normalize(sub(craft.velKms, groundTurn));
    expect(dot(exhaustsIn(bodies)[0]!.backwardEci, overGround)).toBeCloseTo(-1, 9);
    // Early on the Earth's turning (0.32 km/s at Baikonur) is a large part of the velocity: the
    // two directions are more than 8° apart.
    expect(dot(exhaustsIn(bodies)[0]!.backwardEci, normalize(craft.velKms))).toBeGreaterThan(-0.99);
  });

  it('give a stage and the craft on it one flame, behind the stage (Apollo on its S-IVB)', () => {
    const bodies = bodiesAt(apolloSoyuz, '1975-07-15T19:55:00Z');
    const climbing = bodies.filter((b) => b.phase === 'ascent').map((b) => b.id);
    expect(climbing.sort()).toEqual(['apollo', 's-ivb']);
    expect(exhaustsIn(bodies).map((e) => e.bodyId)).toEqual(['s-ivb']);
    // The same with the bodies listed the other way round.
    expect(exhaustsIn([...bodies].reverse()).map((e) => e.bodyId)).toEqual(['s-ivb']);
    // Soyuz 19, launched alone seven and a half hours earlier, had its own.
    expect(exhaustsIn(bodiesAt(apolloSoyuz, '1975-07-15T12:25:00Z')).map((e) => e.bodyId)).toEqual([
      'soyuz-19',
    ]);
  });

  it('start at the tail of the stack: the end of the S-IVB, 19.7 m behind its origin', () => {
    const frame = evaluate(
      apolloSoyuz,
      playbackAt(apolloSoyuz.timeline, Date.parse('1975-07-15T19:55:00Z')),
    );
    expect(frame.exhausts).toHaveLength(1);
    expect(frame.exhausts[0]).toMatchObject({ bodyId: 's-ivb', rootBehindM: 19.71 });
    // Told where each model ends, the stack's flame is behind whichever ends further back.
    const bodies = frame.bodies;
    const longCsm = (id: string) => (id === 'apollo' ? 1000 : 19.71);
    expect(exhaustsIn(bodies, longCsm).map((e) => e.bodyId)).toEqual(['apollo']);
  });

  it('leave out a craft that is not shown', () => {
    const bodies = bodiesAt(soyuz36, '1980-05-26T18:21:00Z').map((b) => ({
      ...b,
      visible: false,
    }));
    expect(exhaustsIn(bodies)).toEqual([]);
  });
});
