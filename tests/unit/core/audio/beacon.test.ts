import { describe, expect, it } from 'vitest';
import { keyedOn, LIGHT_KM_S, pulseStarts, receive } from '../../../../src/core/audio/beacon.ts';
import { EARTH_ROTATION_RAD_S } from '../../../../src/core/orbit/kepler.ts';
import { renderBeacon } from '../../../../src/core/audio/beacon-pcm.ts';
import { geodeticToEciKm } from '../../../../src/core/orbit/propagate.ts';
import { beaconReceptionAt } from '../../../../src/core/soundtrack/scene-sound.ts';
import { playbackAt } from '../../../../src/core/time/timeline.ts';
import { dot, length, scale, sub, type Vec3 } from '../../../../src/core/vec3.ts';

/** Earth's gravitational parameter, km³/s² (the WGS 72 value SGP4 uses). */
const MU_KM3_S2 = 398600.8;
import { loadRepoScene } from '../../../helpers/scenes.ts';

const scene = loadRepoScene('sputnik-1');
const heard = scene.sound.beacon!;
const beacon = heard.beacon;
const body = scene.bodies.find((b) => b.id === heard.bodyId)!;
const at = (utcMs: number) => {
  const s = body.motion(utcMs);
  return receive(beacon, s.eciKm, s.velKms, utcMs);
};

describe("Sputnik-1's keying", () => {
  it('takes turns: each transmitter on for one 0.3 s pulse while the other is off', () => {
    expect(beacon.transmittersHz).toEqual([20.005e6, 40.002e6]);
    expect(beacon.pulseSec).toBe(0.3);
    for (let t = 0; t < 6; t += 0.01) {
      const on = [0, 1].filter((i) => keyedOn(beacon, i, t + 0.005));
      expect(on).toHaveLength(1);
      expect(on[0]).toBe(Math.floor((t + 0.005) / 0.3) % 2);
    }
  });

  it('puts the tuned pulses 0.6 s apart, the first at the switch-on', () => {
    const starts = pulseStarts(beacon, 0, 3);
    expect(starts.map((s) => +s.toFixed(9))).toEqual([0, 0.6, 1.2, 1.8, 2.4]);
    expect(beacon.tunedTo).toBe(0);
  });

  it('is switched on at separation, 19:33:48.5 UTC', () => {
    expect(new Date(heard.fromMs).toISOString()).toBe('1957-10-04T19:33:48.500Z');
    expect(beaconReceptionAt(scene, playbackAt(scene.timeline, heard.fromMs - 1000))).toBeNull();
  });
});

describe('the Doppler shift heard by the scene listener', () => {
  // The pass over the listener: find the closest approach on a 1 s grid, then refine.
  const passFrom = Date.parse('1957-10-04T23:59:30Z');
  const passUntil = Date.parse('1957-10-05T00:10:00Z');
  let tcaMs = passFrom;
  for (let t = passFrom; t <= passUntil; t += 1000)
    if (at(t).rangeKm < at(tcaMs).rangeKm) tcaMs = t;
  for (let step = 500; step >= 1; step /= 2) {
    if (at(tcaMs - step).rangeKm < at(tcaMs).rangeKm) tcaMs -= step;
    else if (at(tcaMs + step).rangeKm < at(tcaMs).rangeKm) tcaMs += step;
  }

  it('is zero at the closest approach, high above the listener', () => {
    const closest = at(tcaMs);
    expect(closest.elevationDeg).toBeGreaterThan(45);
    expect(Math.abs(closest.dopplerHz)).toBeLessThan(1);
    expect(closest.toneHz).toBeCloseTo(1000, 0);
  });

  it('is positive while the satellite approaches and negative once it recedes', () => {
    for (let s = 10; s <= 240; s += 10) {
      expect(at(tcaMs - s * 1000).dopplerHz, `${s} s before`).toBeGreaterThan(0);
      expect(at(tcaMs + s * 1000).dopplerHz, `${s} s after`).toBeLessThan(0);
    }
  });

  it('changes at the rate the closest approach gives analytically, within 1 %', () => {
    // At the closest approach ṙ = 0 and r̈ = (|v|² + ρ·a) / d for the relative velocity v, the
    // relative acceleration a (gravity on the satellite, the turning ground's centripetal pull)
    // and ρ the line of sight of length d; so the Doppler shift falls through zero at −f·r̈/c.
    const s = body.motion(tcaMs);
    const { latDeg, lonDeg, heightKm } = beacon.listener;
    const site = geodeticToEciKm(latDeg, lonDeg, heightKm, tcaMs);
    const omega = EARTH_ROTATION_RAD_S;
    const siteVel: Vec3 = [-omega * site[1], omega * site[0], 0];
    const r = length(s.eciKm);
    const gravity = scale(s.eciKm, -MU_KM3_S2 / r ** 3);
    const centripetal: Vec3 = [-omega * omega * site[0], -omega * omega * site[1], 0];
    const rho = sub(s.eciKm, site);
    const v = sub(s.velKms, siteVel);
    const d = length(rho);
    const rangeAccel = (dot(v, v) + dot(rho, sub(gravity, centripetal))) / d;
    const analyticHzPerSec = (-20.005e6 * rangeAccel) / LIGHT_KM_S;
    expect(length(v)).toBeGreaterThan(7);
    expect(analyticHzPerSec).toBeLessThan(-5);
    for (const tau of [1, 2, 5]) {
      const slope =
        (at(tcaMs + tau * 1000).dopplerHz - at(tcaMs - tau * 1000).dopplerHz) / (2 * tau);
      expect(Math.abs(slope / analyticHzPerSec - 1), `±${tau} s`).toBeLessThan(0.01);
    }
  });

  it('is silent while the satellite is below the horizon and loudest near overhead', () => {
    const before = playbackAt(scene.timeline, passFrom - 60_000);
    expect(at(passFrom - 60_000).elevationDeg).toBeLessThan(0);
    const render = (fromSec: number) =>
      renderBeacon({
        beacon,
        sampleRate: 8000,
        count: 8000,
        keyingStartSec: 0,
        receptionAt: (a) => beaconReceptionAt(scene, fromSec + a),
      }).samples;
    const peak = (x: Float32Array) => x.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
    expect(peak(render(before))).toBe(0);
    const overhead = peak(render(playbackAt(scene.timeline, tcaMs)));
    const low = peak(render(playbackAt(scene.timeline, passFrom + 60_000)));
    expect(overhead).toBeGreaterThan(0.3);
    expect(low).toBeGreaterThan(0);
    expect(low).toBeLessThan(overhead / 2);
  });
});

describe('the rendered pulses', () => {
  it('start on the keying schedule and carry the computed tone', () => {
    const sampleRate = 48000;
    const samples = renderBeacon({
      beacon,
      sampleRate,
      count: sampleRate * 2,
      keyingStartSec: 0.1,
      receptionAt: () => ({
        rangeKm: 300,
        rangeRateKms: 0,
        elevationDeg: 90,
        dopplerHz: 250,
        toneHz: 1250,
      }),
    }).samples;
    // Onsets: first sample above a threshold after a silent stretch.
    const onsets: number[] = [];
    for (let n = 1; n < samples.length; n++) {
      if (
        Math.abs(samples[n]!) > 0.01 &&
        samples.subarray(Math.max(0, n - 200), n).every((v) => Math.abs(v) <= 0.01)
      )
        onsets.push(n / sampleRate);
    }
    // Keying 0.1 s at the start: the tuned pulses begin at keying 0.6, 1.2, 1.8 → 0.5, 1.1, 1.7 s.
    expect(onsets).toHaveLength(4);
    expect(onsets[0]).toBeLessThan(0.001); // the pulse already running at the start
    [0.5, 1.1, 1.7].forEach((sec, i) => expect(Math.abs(onsets[i + 1]! - sec)).toBeLessThan(0.003));
    // Tone: zero crossings inside a pulse.
    const pulse = samples.subarray(Math.round(0.52 * sampleRate), Math.round(0.78 * sampleRate));
    let crossings = 0;
    for (let n = 1; n < pulse.length; n++) if (pulse[n - 1]! < 0 !== pulse[n]! < 0) crossings++;
    expect(crossings / 2 / 0.26).toBeCloseTo(1250, -1);
  });
});
