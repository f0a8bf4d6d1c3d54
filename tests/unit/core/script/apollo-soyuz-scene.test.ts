import { describe, expect, it } from 'vitest';
import { APOLLO_CSM_TUNNEL_RING_X } from '../../../../models/apollo-csm.ts';
import { DM_APOLLO_END_X, DM_DIMENSIONS } from '../../../../models/docking-module.ts';
import { S_IVB_DM_STOWED_X, S_IVB_DIMENSIONS } from '../../../../models/s-ivb.ts';
import { SOYUZ_7KTM_APAS_FACE_X } from '../../../../models/soyuz-7k-tm.ts';
import { APOLLO_CSM_DIMENSIONS } from '../../../../models/apollo-csm.ts';
import { EARTH_RADIUS_KM } from '../../../../src/core/orbit/kepler.ts';
import { sunDirectionEci } from '../../../../src/core/sky/sun.ts';
import { evaluate } from '../../../../src/core/script/evaluate.ts';
import type { SceneFile } from '../../../../src/core/script/schema.ts';
import { playbackAt } from '../../../../src/core/time/timeline.ts';
import { dot, length, sub } from '../../../../src/core/vec3.ts';
import { greatCircleKm } from '../../../helpers/geo.ts';
import { loadRepoScene, readSceneText } from '../../../helpers/scenes.ts';

const scene = loadRepoScene('apollo-soyuz');
const file = JSON.parse(readSceneText('apollo-soyuz')) as SceneFile;
const ms = (hhmmss: string, day = 17) => Date.parse(`1975-07-${day}T${hhmmss}Z`);
const frameAt = (utcMs: number) => evaluate(scene, playbackAt(scene.timeline, utcMs));
const body = (id: string) => scene.bodies.find((b) => b.id === id)!;
const CONTACT = ms('16:09:09');
const HAND_OVER = ms('15:17:00');

describe('Apollo–Soyuz rendezvous and docking (SP-4012, SP-4209)', () => {
  it('closes to contact at 16:09:09 UTC: range 0 ± 0.5 m, docked', () => {
    const frame = frameAt(CONTACT);
    expect(frame.relative?.chaser).toBe('apollo');
    expect(frame.relative?.target).toBe('soyuz-19');
    expect(Math.abs(frame.relative!.rangeM)).toBeLessThan(0.5);
    expect(frame.relative!.phase).toBe('docked');
    // A second before, still closing at the contact rate.
    const before = frameAt(CONTACT - 1000).relative!;
    expect(before.rangeM).toBeGreaterThan(0.05);
    expect(before.rangeRateMs).toBeLessThan(-0.05);
  });

  it('starts the terminal phase more than 30 km away (and within 35 km, SP-4209)', () => {
    const range = frameAt(HAND_OVER).relative!.rangeM;
    expect(range).toBeGreaterThan(30_000);
    expect(range).toBeLessThan(35_000);
  });

  it('hands over from SGP4 to Clohessy–Wiltshire without a jump', () => {
    const apollo = body('apollo').motion;
    const dtMs = 1;
    const before = apollo(HAND_OVER - dtMs);
    const at = apollo(HAND_OVER);
    expect(before.phase).toBe('orbit');
    expect(at.phase).toBe('transfer');
    // What is left after removing the motion over the millisecond is the jump.
    const moved = sub(at.eciKm, before.eciKm).map((v, i) => v - (before.velKms[i]! * dtMs) / 1000);
    expect(Math.hypot(...moved) * 1000).toBeLessThan(1);
  });

  it('docks at 215–235 km over the North Atlantic, in sunlight', () => {
    const soyuz = frameAt(CONTACT).bodies.find((b) => b.id === 'soyuz-19')!;
    expect(soyuz.altKm).toBeGreaterThan(215);
    expect(soyuz.altKm).toBeLessThan(235);
    expect(length(soyuz.eciKm) - EARTH_RADIUS_KM).toBeGreaterThan(220);
    expect(length(soyuz.eciKm) - EARTH_RADIUS_KM).toBeLessThan(228);
    expect(soyuz.latDeg).toBeGreaterThan(30);
    expect(soyuz.latDeg).toBeLessThan(55);
    expect(soyuz.lonDeg).toBeGreaterThan(-45);
    expect(soyuz.lonDeg).toBeLessThan(0);
    const sun = sunDirectionEci(CONTACT);
    const along = dot(soyuz.eciKm, sun);
    const fromAxis = Math.sqrt(dot(soyuz.eciKm, soyuz.eciKm) - along * along);
    expect(along > 0 || fromAxis > EARTH_RADIUS_KM).toBe(true);
  });

  it('is over Metz at the handshake (≈19:19 UTC, A-CAI), docked', () => {
    const frame = frameAt(ms('19:19:00'));
    const soyuz = frame.bodies.find((b) => b.id === 'soyuz-19')!;
    expect(greatCircleKm(soyuz, { latDeg: 49.1193, lonDeg: 6.1757 })).toBeLessThan(150);
    expect(frame.relative!.rangeM).toBeLessThan(0.5);
    expect(frame.events.find((e) => e.id === 'handshake')?.passed).toBe(true);
  });

  it('flies the documented burns as events at their times', () => {
    const burns = Object.fromEntries(body('apollo').burns.map((b) => [b.id, b]));
    expect(burns['apollo-nc2']?.utcMs).toBe(ms('12:51:00'));
    for (const b of body('apollo').burns) {
      expect(b.deltaVMs).toBeGreaterThan(1);
      expect(b.deltaVMs).toBeLessThan(40);
      expect(scene.events.some((e) => e.id === b.id && e.utcMs === b.utcMs)).toBe(true);
    }
    expect(scene.events.find((e) => e.id === 'docking')?.utcMs).toBe(CONTACT);
  });

  it('closes monotonically and slowly through the final approach', () => {
    let previous = Infinity;
    for (let t = ms('15:46:00'); t <= CONTACT; t += 30_000) {
      const r = frameAt(t).relative!;
      expect(r.rangeM).toBeLessThanOrEqual(previous + 1e-6);
      expect(Math.abs(r.rangeRateMs)).toBeLessThan(0.5);
      previous = r.rangeM;
    }
  });
});

describe('transposition, docking and extraction', () => {
  it('moves the Docking Module from the S-IVB to the CSM without a jump', () => {
    const dm = body('docking-module').motion;
    const switchMs = ms('21:12:00', 15);
    const stowed = dm(switchMs - 1);
    const docked = dm(switchMs);
    const moved = sub(docked.eciKm, stowed.eciKm).map((v, i) => v - stowed.velKms[i]! / 1000);
    expect(Math.hypot(...moved) * 1000).toBeLessThan(0.01);
    expect(dot(docked.forward, stowed.forward)).toBeCloseTo(1, 6);
  });

  it('climbs with the adapter shut under the CSM and opens it at the separation (21:02)', () => {
    const stageAt = (hhmmss: string) =>
      frameAt(ms(hhmmss, 15)).bodies.find((b) => b.id === 's-ivb')!;
    for (const climbing of ['19:55:00', '20:30:00', '21:01:59']) {
      expect(stageAt(climbing).hiddenParts).toEqual(['sla-panels']);
    }
    for (const apart of ['21:02:01', '21:30:00']) {
      expect(stageAt(apart).hiddenParts).toEqual(['sla-panels-closed']);
    }
  });

  it('climbs Soyuz 19 with its arrays folded and opens them in orbit (12:28:50)', () => {
    const soyuzAt = (hhmmss: string) =>
      frameAt(ms(hhmmss, 15)).bodies.find((b) => b.id === 'soyuz-19')!;
    for (const climbing of ['12:20:30', '12:25:00', '12:28:49']) {
      expect(soyuzAt(climbing).hiddenParts).toEqual(['solar-arrays']);
    }
    expect(soyuzAt('12:28:51').hiddenParts).toEqual([]);
  });

  it('pulls the Docking Module out: 20 m clear of the stage afterwards', () => {
    const t = ms('21:30:00', 15);
    const dm = body('docking-module').motion(t);
    const stage = body('s-ivb').motion(t);
    expect(length(sub(dm.eciKm, stage.eciKm)) * 1000).toBeGreaterThan(20);
  });

  it('places the modules by the models’ own interfaces', () => {
    // Docked pair, from the models' ports: Soyuz APAS face + the DM + the CM tunnel ring.
    const docked = length(
      sub(
        body('apollo').motion(CONTACT + 60_000).eciKm,
        body('soyuz-19').motion(CONTACT + 60_000).eciKm,
      ),
    );
    expect(docked * 1000).toBeCloseTo(
      SOYUZ_7KTM_APAS_FACE_X + DM_DIMENSIONS.lengthM + APOLLO_CSM_TUNNEL_RING_X,
      3,
    );
    const dm = file.bodies.find((b) => b.id === 'docking-module')!.trajectory;
    if (dm.kind !== 'attached') throw new Error('docking module must be carried');
    expect(dm.phases[0]!.offsetM![0]).toBeCloseTo(S_IVB_DM_STOWED_X + DM_APOLLO_END_X, 3);
    expect(dm.phases[1]!.offsetM![0]).toBeCloseTo(APOLLO_CSM_TUNNEL_RING_X - DM_APOLLO_END_X, 3);
    const apollo = file.bodies.find((b) => b.id === 'apollo')!.trajectory;
    if (apollo.kind !== 'sgp4-documented') throw new Error('apollo flies an orbit');
    const along = apollo.offsets!.map((k) => k.alongM);
    // Stacked: the SM's aft face on the adapter's top; docked to the DM: tunnel ring on its drogue.
    expect(along[0]).toBeCloseTo(
      S_IVB_DIMENSIONS.slaLengthM + APOLLO_CSM_DIMENSIONS.serviceModuleLengthM,
      2,
    );
    expect(Math.min(...along)).toBeCloseTo(S_IVB_DM_STOWED_X + APOLLO_CSM_TUNNEL_RING_X, 2);
  });
});

describe('Apollo–Soyuz: what the info panel and the captions say', () => {
  const fact = (bodyId: string, label: string) =>
    body(bodyId).facts.find((f) => f.label.en === label)!;
  const captionAt = (start: string) => scene.captions.findIndex((c) => c.hu.startsWith(start));

  it('fires the coelliptic burn at the one time its note and the panel give', () => {
    const burn = body('apollo').burns.find((b) => b.id === 'apollo-coelliptic')!;
    const hhmmss = new Date(burn.utcMs).toISOString().slice(11, 19);
    const mentions = [
      ...scene.notes.filter((n) => /coelliptic/i.test(n)),
      ...scene.discrepancies.filter((d) => /coelliptic/i.test(d.text.en)).map((d) => d.text.en),
    ];
    expect(mentions.length).toBeGreaterThanOrEqual(2);
    for (const text of mentions) {
      const modelled = text.replace(/~14:12/g, '');
      expect(modelled).toContain(hhmmss);
      expect(modelled.match(/\b\d{2}:\d{2}(:\d{2})?\b/g)).toEqual([hhmmss]);
    }
  });

  it('cites each size to a source that gives it, and shows where others differ', () => {
    expect(fact('docking-module', 'Size').source).toBe('A-AXDM');
    expect(scene.sources['A-AXDM']).toContain('2,012 kg');
    expect(fact('apollo', 'Size').source).toBe('A-204');
    expect(scene.sources['A-204']).toContain('10 ft 7 in');
    const disagreements = scene.discrepancies.map((d) => d.text.en).join('\n');
    expect(disagreements).toMatch(/2,012 kg.*2,006 kg/);
    expect(disagreements).toContain('3 m × 1.5 m');
    expect(disagreements).toMatch(/3\.23 m.*3\.63 m/);
  });

  it("tags Soyuz 19's orbits with the sources that give them", () => {
    const orbit = fact('soyuz-19', 'Orbit');
    expect(orbit.source).toBe('A-RSW');
    expect(JSON.stringify(orbit.value)).toContain('186 × 220 km');
    expect(fact('soyuz-19', 'Orbit from rev 17').source).toBe('A-RU');
    expect(fact('soyuz-19', 'Size').source).toBe('A-RP48');
  });

  it('keeps the clauses the captions depend on', () => {
    // "erről": the SALT clause that says what the agreement was about comes just before.
    const agreement = captionAt('Az erről szóló megállapodás');
    expect(scene.captions[agreement - 1]!.hu).toMatch(
      /Apollo–Szojuz programban mutatkozott meg\.$/,
    );
    // The first TV broadcast of a Soviet launch was the result of the media negotiations.
    const result = captionAt('Ennek eredményeképpen');
    expect(scene.captions[result - 1]!.hu).toMatch(/tájékoztatási politikát\.$/);
    expect(scene.captions[result + 2]!.hu).toBe('egy szovjet űrhajó fellövését,');
    // "együtt kifejleszteni" depends on "meg kellett ismernie".
    const develop = captionAt('együtt kifejleszteni');
    expect(scene.captions[develop - 1]!.hu).toContain('meg kellett ismernie');
    // The Soviet crew is named after the American one, as in the sentence.
    const soviet = captionAt('a Szovjetuniót pedig');
    expect(scene.captions[soviet - 1]!.hu).toBe('és Deke Slayton alkotta,');
  });
});
