import { describe, expect, it } from 'vitest';
import { buildVoskhod3kd, VOSKHOD_3KD_TETHER_ANCHOR_M } from '../../../../models/voskhod-3kd.ts';
import { SPACEWALKER_DIMENSIONS } from '../../../../models/spacewalker.ts';
import { EARTH_RADIUS_KM } from '../../../../src/core/orbit/kepler.ts';
import { evaluate } from '../../../../src/core/script/evaluate.ts';
import { playbackAt } from '../../../../src/core/time/timeline.ts';
import { add, cross, length, scale, sub } from '../../../../src/core/vec3.ts';
import { greatCircleKm } from '../../../helpers/geo.ts';
import { loadRepoScene } from '../../../helpers/scenes.ts';

const scene = loadRepoScene('voskhod-2');
const ms = (hhmmss: string, day = 18) => Date.parse(`1965-03-${day}T${hhmmss}Z`);
const frameAt = (utcMs: number) => evaluate(scene, playbackAt(scene.timeline, utcMs));
const craft = scene.bodies.find((b) => b.id === 'voskhod-2')!;
const BAIKONUR = { latDeg: 45.920278, lonDeg: 63.342222 };

describe('Voskhod-2 (V2-W, V2-FAI, V2-AX)', () => {
  it('lifts off from Baikonur at 07:00:00 UTC', () => {
    expect(craft.motion(ms('06:59:59')).phase).toBe('pad');
    // The lift-off second is the climb's first: the engines burn, the craft still on the pad.
    const liftOff = craft.motion(ms('07:00:00'));
    expect(liftOff.phase).toBe('ascent');
    expect(greatCircleKm(liftOff, BAIKONUR)).toBeLessThan(1);
    expect(liftOff.altKm).toBeLessThan(0.01);
    expect(scene.launchUtcMs).toBe(ms('07:00:00'));
  });

  it('flies the documented 167 × 475 km orbit at 64.8°', () => {
    expect(craft.elements!.inclinationDeg).toBeCloseTo(64.8, 3);
    let low = Infinity;
    let high = 0;
    for (let t = ms('09:00:00'); t < ms('10:40:00'); t += 20_000) {
      const r = length(craft.motion(t).eciKm) - EARTH_RADIUS_KM;
      [low, high] = [Math.min(low, r), Math.max(high, r)];
    }
    expect(low).toBeCloseTo(167, -1);
    expect(high).toBeCloseTo(475, -1);
  });

  it('shows Leonov outside from 08:34:51 to 08:47:00 (12 min 9 s), on his tether', () => {
    const visible = (t: number) => frameAt(t).bodies.find((b) => b.id === 'leonov')!.visible;
    expect(visible(ms('08:34:40'))).toBe(false);
    expect(visible(ms('08:35:00'))).toBe(true);
    expect(visible(ms('08:40:00'))).toBe(true);
    expect(visible(ms('08:47:10'))).toBe(false);
    // At 08:40 his waist is within the 5.35 m tether of the anchor on the airlock's hatch.
    const frame = frameAt(ms('08:40:00'));
    const leonov = frame.bodies.find((b) => b.id === 'leonov')!;
    const ship = frame.bodies.find((b) => b.id === 'voskhod-2')!;
    const side = cross(ship.forward, ship.up);
    const [f, u, s] = VOSKHOD_3KD_TETHER_ANCHOR_M;
    const anchorKm = add(
      ship.eciKm,
      scale(add(add(scale(ship.forward, f), scale(ship.up, u)), scale(side, s)), 0.001),
    );
    const reachM = length(sub(leonov.eciKm, anchorKm)) * 1000;
    expect(reachM).toBeGreaterThan(2);
    expect(reachM).toBeLessThan(SPACEWALKER_DIMENSIONS.tetherLengthM);
    // Outside the airlock: above its outer hatch, away from the craft.
    expect(length(sub(leonov.eciKm, ship.eciKm)) * 1000).toBeGreaterThan(u);
  });

  it('leaves the airlock over the Black Sea (V2-EFE)', () => {
    const exit = craft.motion(ms('08:34:51'));
    expect(exit.latDeg).toBeGreaterThan(41);
    expect(exit.latDeg).toBeLessThan(47);
    expect(exit.lonDeg).toBeGreaterThan(27.5);
    expect(exit.lonDeg).toBeLessThan(41.5);
  });

  it('shows the inflated airlock during the spacewalk and not after its jettison', () => {
    expect(frameAt(ms('08:40:00')).bodies[0]!.hiddenParts).not.toContain('airlock');
    expect(frameAt(ms('12:00:00')).bodies[0]!.hiddenParts).toContain('airlock');
    expect(frameAt(ms('07:05:00')).bodies[0]!.hiddenParts).toContain('airlock');
  });

  it('comes down as the sphere alone once the instrument module has parted (V2-AX)', () => {
    const module = ['instrument-module', 'gas-tanks', 'module-antenna'];
    const before = frameAt(ms('08:35:00', 19)).bodies.find((b) => b.id === 'voskhod-2')!;
    const after = frameAt(ms('08:45:00', 19)).bodies.find((b) => b.id === 'voskhod-2')!;
    for (const part of module) {
      expect(before.hiddenParts).not.toContain(part);
      expect(after.hiddenParts).toContain(part);
    }
    // Every part named here exists in the model, so hiding it hides something.
    const model = buildVoskhod3kd();
    for (const part of module) expect(model.getObjectByName(part), part).toBeDefined();
  });

  it('lands under its main parachute: opened at 08:55, above the sphere, gone once landed', () => {
    const chute = (hhmmss: string) => {
      const frame = frameAt(ms(hhmmss, 19));
      return {
        chute: frame.bodies.find((b) => b.id === 'voskhod-2-parachute')!,
        sphere: frame.bodies.find((b) => b.id === 'voskhod-2')!,
      };
    };
    expect(chute('08:54:00').chute.visible).toBe(false);
    expect(chute('09:02:20').chute.visible).toBe(false);
    for (const t of ['08:56:00', '08:59:00', '09:02:00']) {
      const { chute: c, sphere } = chute(t);
      expect(c.visible, t).toBe(true);
      // Its lines meet on top of the sphere (1.15 m above its centre), and it stands up from the
      // Earth: its +Y axis points away from the centre.
      expect(length(sub(c.eciKm, sphere.eciKm)) * 1000).toBeCloseTo(1.15, 2);
      const radial = scale(c.eciKm, 1 / length(c.eciKm));
      expect(c.up[0] * radial[0] + c.up[1] * radial[1] + c.up[2] * radial[2]).toBeGreaterThan(0.99);
    }
  });

  it('lands at 09:02:17 UTC on 19 March within 25 km of 59.567°N 55.467°E', () => {
    const landed = craft.motion(ms('09:02:17', 19));
    expect(landed.phase).toBe('landed');
    expect(greatCircleKm(landed, { latDeg: 59.567, lonDeg: 55.467 })).toBeLessThan(25);
    expect(craft.motion(ms('08:50:00', 19)).altKm).toBeGreaterThan(1);
  });

  it('quotes the Leonov sentence and says that 77 days, not three months, separated him from White', () => {
    expect(scene.captions.map((c) => c.hu).join(' ')).toContain('Alekszej Leonov');
    expect(scene.discrepancies.some((d) => d.text.en.includes('77 days'))).toBe(true);
  });
});
