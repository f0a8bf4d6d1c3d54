import { describe, expect, it } from 'vitest';
import { buildVostok3ka } from '../../../../models/vostok-3ka.ts';
import { flightStateAt } from '../../../../src/core/orbit/flight-path.ts';
import { nodalPeriodSec } from '../../../../src/core/orbit/orbit-path.ts';
import { sunDirectionEci } from '../../../../src/core/sky/sun.ts';
import { evaluate } from '../../../../src/core/script/evaluate.ts';
import { playbackAt } from '../../../../src/core/time/timeline.ts';
import { greatCircleKm } from '../../../helpers/geo.ts';
import { loadRepoScene } from '../../../helpers/scenes.ts';

// Reference values: docs/SOURCES.md (V-W, V-Wold, V-SF, V-BBC, V-TASS, GS).
const scene = loadRepoScene('vostok-1');
const capsule = scene.bodies.find((b) => b.id === 'vostok-1')!;
const gagarin = scene.bodies.find((b) => b.id === 'gagarin')!;
const plan = capsule.plan!;
const ms = (hhmmss: string) => Date.parse(`1961-04-12T${hhmmss}Z`);
const at = (hhmmss: string) => flightStateAt(plan, ms(hhmmss));
const frameAt = (hhmmss: string) => evaluate(scene, playbackAt(scene.timeline, ms(hhmmss)));
/** Gagarin's landing site near Smelovka, 26 km south-west of Engels (V-W). */
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

  it('descends without climbing all the way to the ground', () => {
    let previous = at('07:25:00');
    for (let t = ms('07:26:00'); t <= ms('07:48:00'); t += 30_000) {
      const state = flightStateAt(plan, t);
      expect(state.altKm).toBeLessThanOrEqual(previous.altKm + 0.5);
      previous = state;
    }
  });
});

describe('Vostok-1 ending: the capsule and Gagarin come down separately (V-W, V-SF, V-BBC)', () => {
  const ejection = scene.events.find((e) => e.id === 'ejection')!;
  const gagarinLanding = scene.events.find((e) => e.id === 'landing')!;
  const capsuleLanding = scene.events.find((e) => e.id === 'capsule-landing')!;

  it('lets the instrument module go at 07:35, ten minutes after retrofire (V-W: held by wires)', () => {
    const at = (hhmmss: string) =>
      evaluate(scene, playbackAt(scene.timeline, ms(hhmmss))).bodies.find(
        (b) => b.id === 'vostok-1',
      )!;
    for (const part of ['instrument-module', 'gas-tanks', 'module-antenna']) {
      expect(at('07:34:00').hiddenParts).not.toContain(part);
      expect(at('07:36:00').hiddenParts).toContain(part);
      expect(buildVostok3ka().getObjectByName(part), part).toBeDefined();
    }
    expect(scene.events.find((e) => e.id === 'separation')?.utcMs).toBe(ms('07:35:00'));
  });

  it('ejects Gagarin at about 7 km, roughly ten minutes before he lands', () => {
    const capsuleThen = capsule.motion(ejection.utcMs);
    expect(capsuleThen.altKm).toBeGreaterThan(6);
    expect(capsuleThen.altKm).toBeLessThan(8);
    const minutesUnderParachute = (gagarinLanding.utcMs - ejection.utcMs) / 60_000;
    expect(minutesUnderParachute).toBeGreaterThan(8);
    expect(minutesUnderParachute).toBeLessThan(12);
    // He leaves from inside the capsule: the same place at that moment.
    const gagarinThen = gagarin.motion(ejection.utcMs);
    expect(greatCircleKm(gagarinThen, capsuleThen)).toBeLessThan(0.01);
    expect(Math.abs(gagarinThen.altKm - capsuleThen.altKm)).toBeLessThan(0.01);
  });

  it('lands Gagarin at 07:55 UTC within 25 km of the site near Smelovka', () => {
    expect(gagarinLanding.utcMs).toBe(ms('07:55:00'));
    const landing = gagarin.motion(ms('07:55:00'));
    expect(greatCircleKm(landing, SMELOVKA)).toBeLessThan(25);
    expect(landing.altKm).toBeLessThan(0.01);
    const before = gagarin.motion(ms('07:54:00'));
    expect(before.altKm).toBeGreaterThan(0.1);
    expect(before.phase).toBe('parachute');
  });

  it('lands the empty capsule at 07:48 UTC (V-SF), before him, a few kilometres away', () => {
    expect(capsuleLanding.utcMs).toBe(ms('07:48:00'));
    expect(capsuleLanding.utcMs).toBeLessThan(gagarinLanding.utcMs);
    const down = capsule.motion(ms('07:48:00'));
    expect(down.altKm).toBeLessThan(0.01);
    expect(down.phase).toBe('landed');
    expect(capsule.motion(ms('07:47:00')).altKm).toBeGreaterThan(0.1);
    const apart = greatCircleKm(down, SMELOVKA);
    expect(apart).toBeGreaterThan(1);
    expect(apart).toBeLessThan(10);
  });

  it('comes down steadily under both parachutes, never climbing', () => {
    for (const body of [capsule, gagarin]) {
      let previous = body.motion(ejection.utcMs).altKm;
      for (let t = ejection.utcMs + 10_000; t <= ms('07:56:00'); t += 10_000) {
        const altKm = body.motion(t).altKm;
        expect(altKm).toBeLessThanOrEqual(previous + 1e-6);
        previous = altKm;
      }
    }
  });

  it('shows both bodies after the ejection, only the capsule before', () => {
    const visible = (hhmmss: string) =>
      Object.fromEntries(frameAt(hhmmss).bodies.map((b) => [b.id, b.visible]));
    expect(visible('07:40:00')).toEqual({ 'vostok-1': true, gagarin: false });
    for (const t of ['07:45:30', '07:50:00', '07:55:30'])
      expect(visible(t)).toEqual({ 'vostok-1': true, gagarin: true });
  });

  it('follows Gagarin with the camera from the ejection to the end', () => {
    const targets = scene.camera
      .filter((k) => k.playbackSec >= playbackAt(scene.timeline, ejection.utcMs))
      .map((k) => k.target);
    expect(targets.length).toBeGreaterThan(0);
    expect(new Set(targets)).toEqual(new Set(['gagarin']));
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

  it('never shows Kennedy without the Khrushchev half of the sentence (his speech was 25 May 1961)', () => {
    const i = scene.captions.findIndex((c) => c.hu.startsWith('míg John F. Kennedy'));
    expect(i).toBeGreaterThan(0);
    expect(scene.captions[i - 1]!.hu).toMatch(/fejlettségét,$/);
    expect(scene.captions[i - 2]!.hu).toContain('Hruscsov');
    // Not at the landing, where it would read as if Kennedy spoke that day.
    expect(scene.captions[i]!.untilMs).toBeLessThan(ms('07:25:00'));
  });
});
