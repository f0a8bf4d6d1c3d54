import { describe, expect, it } from 'vitest';
import { flightStateAt } from '../../../../src/core/orbit/flight-path.ts';
import { nodalPeriodSec } from '../../../../src/core/orbit/orbit-path.ts';
import { sunDirectionEci } from '../../../../src/core/sky/sun.ts';
import { evaluate } from '../../../../src/core/script/evaluate.ts';
import { playbackAt } from '../../../../src/core/time/timeline.ts';
import { greatCircleKm } from '../../../helpers/geo.ts';
import { loadRepoScene } from '../../../helpers/scenes.ts';

// Reference values: docs/SOURCES.md (V-W, V-Wold, V-TASS, GS).
const scene = loadRepoScene('vostok-1');
const plan = scene.bodies[0]!.plan!;
const at = (hhmmss: string) => flightStateAt(plan, Date.parse(`1961-04-12T${hhmmss}Z`));
const SMELOVKA = { latDeg: 51.270682, lonDeg: 45.99727 };
const BAIKONUR = { latDeg: 45.920278, lonDeg: 63.342222 };

/** Independent shadow test: is the point outside the Earth's cylindrical shadow? */
function sunlit(eciKm: readonly number[], utcMs: number): boolean {
  const sun = sunDirectionEci(utcMs);
  const along = eciKm[0]! * sun[0] + eciKm[1]! * sun[1] + eciKm[2]! * sun[2];
  const r2 = eciKm[0]! ** 2 + eciKm[1]! ** 2 + eciKm[2]! ** 2;
  return along > 0 || Math.sqrt(r2 - along * along) > 6378;
}

describe('Vostok-1 flight (scenes/vostok-1.json)', () => {
  it('plays in about three minutes', () => {
    expect(scene.timeline.durationSec).toBeGreaterThan(160);
    expect(scene.timeline.durationSec).toBeLessThan(200);
  });

  it('has the chosen orbit period of 89.34 min (V-Wold) within 0.5 %', () => {
    const periodMin = nodalPeriodSec(plan.satrec, Date.parse('1961-04-12T06:20:00Z')) / 60;
    expect(Math.abs(periodMin - 89.34) / 89.34).toBeLessThan(0.005);
  });

  it('starts on the pad at Baikonur and climbs to orbit by insertion', () => {
    const pad = at('06:07:00');
    expect(greatCircleKm(pad, BAIKONUR)).toBeLessThan(1);
    expect(pad.altKm).toBeCloseTo(0, 3);
    const insertion = at('06:18:16');
    expect(insertion.altKm).toBeGreaterThan(160);
    expect(insertion.latDeg).toBeGreaterThan(50); // over Siberia
  });

  it('is in darkness at 06:51 UTC', () => {
    const state = at('06:51:00');
    expect(sunlit(state.eciKm, Date.parse('1961-04-12T06:51:00Z'))).toBe(false);
  });

  it('is over the South Atlantic at 07:15 UTC heading north-east toward Africa (not "over Africa", V-TASS)', () => {
    const now = at('07:15:00');
    const later = at('07:16:00');
    expect(now.latDeg).toBeLessThan(-30);
    expect(now.lonDeg).toBeGreaterThan(-40);
    expect(now.lonDeg).toBeLessThan(5);
    expect(later.latDeg).toBeGreaterThan(now.latDeg);
    expect(later.lonDeg).toBeGreaterThan(now.lonDeg);
  });

  it('fires its retro-rocket at 07:25 UTC off the Angolan coast', () => {
    const retrofire = at('07:25:00');
    expect(retrofire.latDeg).toBeGreaterThan(-18);
    expect(retrofire.latDeg).toBeLessThan(-5);
    expect(retrofire.lonDeg).toBeGreaterThan(3);
    expect(retrofire.lonDeg).toBeLessThan(12.5); // west of the coast (≈ 12–13° E)
    expect(greatCircleKm(retrofire, SMELOVKA)).toBeGreaterThan(7000);
  });

  it('lands at 07:55 UTC within 25 km of the site near Smelovka', () => {
    const landing = at('07:55:00');
    expect(greatCircleKm(landing, SMELOVKA)).toBeLessThan(25);
    expect(landing.altKm).toBeLessThan(0.1);
  });

  it('descends without climbing and slows down all the way', () => {
    let previous = at('07:25:00');
    for (
      let t = Date.parse('1961-04-12T07:26:00Z');
      t <= Date.parse('1961-04-12T07:55:00Z');
      t += 60_000
    ) {
      const state = flightStateAt(plan, t);
      expect(state.altKm).toBeLessThanOrEqual(previous.altKm + 0.5);
      previous = state;
    }
  });

  it('shows the Gagarin sentence at launch and marks retrofire as passed after 07:25', () => {
    const launch = evaluate(scene, playbackAt(scene.timeline, Date.parse('1961-04-12T06:07:00Z')));
    expect(launch.caption?.hu).toContain('embert is elsőként juttattak a világűrbe');
    const afterRetrofire = evaluate(
      scene,
      playbackAt(scene.timeline, Date.parse('1961-04-12T07:25:10Z')),
    );
    expect(afterRetrofire.events.find((e) => e.id === 'retrofire')?.passed).toBe(true);
    expect(afterRetrofire.bodies[0]!.phase).toBe('descent');
  });
});
