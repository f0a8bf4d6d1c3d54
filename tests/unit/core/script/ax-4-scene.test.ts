import { twoline2satrec } from 'satellite.js';
import { describe, expect, it } from 'vitest';
import { CREW_DRAGON_PORTS } from '../../../../models/crew-dragon.ts';
import { ISS_PORTS } from '../../../../models/iss.ts';
import { EARTH_RADIUS_KM } from '../../../../src/core/orbit/kepler.ts';
import { propagateAt } from '../../../../src/core/orbit/propagate.ts';
import { evaluate } from '../../../../src/core/script/evaluate.ts';
import { playbackAt } from '../../../../src/core/time/timeline.ts';
import { dot, length, normalize, sub } from '../../../../src/core/vec3.ts';
import { greatCircleKm } from '../../../helpers/geo.ts';
import { loadRepoScene } from '../../../helpers/scenes.ts';

const scene = loadRepoScene('ax-4');
const ms = (hhmmss: string, day = 26) => Date.parse(`2025-06-${day}T${hhmmss}Z`);
const frameAt = (utcMs: number) => evaluate(scene, playbackAt(scene.timeline, utcMs));
const body = (id: string) => scene.bodies.find((b) => b.id === id)!;
const CONTACT = ms('10:31:00');
// TLE-A, as published (epoch 2025-06-25 17:34:44 UTC).
const TLE_A = twoline2satrec(
  '1 25544U 98067A   25176.73245655  .00008102  00000-0  14854-3 0  9994',
  '2 25544  51.6390 264.7180 0001990 278.3788 217.2311 15.50240116516482',
);

describe('Axiom Mission 4 (AX-SUC, AX-NASA, TLE-A)', () => {
  it('flies the ISS on its published element set: within 1 km of it at docking', () => {
    const published = propagateAt(TLE_A, CONTACT);
    const iss = frameAt(CONTACT).bodies.find((b) => b.id === 'iss')!;
    expect(length(sub(iss.eciKm, published.eciKm))).toBeLessThan(1);
    const r = length(iss.eciKm) - EARTH_RADIUS_KM;
    expect(r).toBeGreaterThan(410);
    expect(r).toBeLessThan(422);
  });

  it('launches Dragon from LC-39A at 06:31 UTC on 25 June', () => {
    const pad = body('dragon').motion(ms('06:31:00', 25));
    expect(greatCircleKm(pad, { latDeg: 28.608389, lonDeg: -80.604333 })).toBeLessThan(1);
    expect(scene.launchUtcMs).toBe(ms('06:31:00', 25));
  });

  it('docks at Harmony’s space-facing port at 10:31 UTC on 26 June: range 0 ± 0.5 m', () => {
    const frame = frameAt(CONTACT);
    expect(frame.relative?.chaser).toBe('dragon');
    expect(frame.relative?.target).toBe('iss');
    expect(frame.relative!.rangeM).toBeLessThan(0.5);
    expect(frame.relative!.phase).toBe('docked');
    expect(frameAt(CONTACT - 60_000).relative!.rangeM).toBeGreaterThan(3);
    // Zenith: Dragon sits above the station, nose down towards it.
    const iss = frame.bodies.find((b) => b.id === 'iss')!;
    const dragon = frame.bodies.find((b) => b.id === 'dragon')!;
    const up = normalize(iss.eciKm);
    expect(dot(sub(dragon.eciKm, iss.eciKm), up) * 1000).toBeCloseTo(
      ISS_PORTS['harmony-zenith']!.positionM[1] + CREW_DRAGON_PORTS.nose!.positionM[0],
      2,
    );
    expect(dot(dragon.forward, up)).toBeCloseTo(-1, 3);
  });

  it('approaches from below and behind: the HUD from the terminal phase on', () => {
    const start = frameAt(ms('09:35:00')).relative!;
    expect(start.rangeM).toBeGreaterThan(30_000);
    expect(start.rangeM).toBeLessThan(40_000);
    expect(frameAt(ms('10:05:00')).relative!.phase).toBe('station-keeping');
  });

  it('quotes the sentence that names Kapu Tibor, and lists the crew', () => {
    expect(scene.captions.map((c) => c.hu).join(' ')).toContain('Kapu Tibort');
    expect(body('dragon').crew.map((c) => c.name)).toContain('Kapu Tibor');
  });
});
