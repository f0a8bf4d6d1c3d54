import { describe, expect, it } from 'vitest';
import {
  cwPropagate,
  cwTransferVelocity,
  fromRelative,
  toRelative,
  type RelativeState,
} from '../../../../src/core/orbit/clohessy-wiltshire.ts';
import { MU_KM3_S2 } from '../../../../src/core/orbit/kepler.ts';
import type { Vec3 } from '../../../../src/core/vec3.ts';

const A = 6378.137 + 222;
const N = Math.sqrt(MU_KM3_S2 / A ** 3);

/** The Hill equations integrated numerically (RK4, 0.5 s steps): an independent check. */
function integrate(start: RelativeState, dtSec: number): RelativeState {
  const f = (s: number[]): number[] => {
    const [x, , z, vx, vy, vz] = s as [number, number, number, number, number, number];
    return [vx, vy, vz, 3 * N * N * x + 2 * N * vy, -2 * N * vx, -N * N * z];
  };
  let s = [...start.posKm, ...start.velKms];
  const h = 0.5;
  for (let t = 0; t < dtSec - 1e-9; t += h) {
    const k1 = f(s);
    const k2 = f(s.map((v, i) => v + (h / 2) * k1[i]!));
    const k3 = f(s.map((v, i) => v + (h / 2) * k2[i]!));
    const k4 = f(s.map((v, i) => v + h * k3[i]!));
    s = s.map((v, i) => v + (h / 6) * (k1[i]! + 2 * k2[i]! + 2 * k3[i]! + k4[i]!));
  }
  return { posKm: s.slice(0, 3) as Vec3, velKms: s.slice(3) as Vec3 };
}

/** Two-body integration of target and chaser (RK4, 1 s): the nonlinear truth CW linearises. */
function twoBody(r: Vec3, v: Vec3, dtSec: number): { eciKm: Vec3; velKms: Vec3 } {
  const f = (s: number[]) => {
    const d = Math.hypot(s[0]!, s[1]!, s[2]!) ** 3;
    return [
      s[3]!,
      s[4]!,
      s[5]!,
      (-MU_KM3_S2 * s[0]!) / d,
      (-MU_KM3_S2 * s[1]!) / d,
      (-MU_KM3_S2 * s[2]!) / d,
    ];
  };
  let s = [...r, ...v];
  const h = 1;
  for (let t = 0; t < dtSec; t += h) {
    const k1 = f(s);
    const k2 = f(s.map((x, i) => x + (h / 2) * k1[i]!));
    const k3 = f(s.map((x, i) => x + (h / 2) * k2[i]!));
    const k4 = f(s.map((x, i) => x + h * k3[i]!));
    s = s.map((x, i) => x + (h / 6) * (k1[i]! + 2 * k2[i]! + 2 * k3[i]! + k4[i]!));
  }
  return { eciKm: s.slice(0, 3) as Vec3, velKms: s.slice(3) as Vec3 };
}

const start: RelativeState = { posKm: [-15, -30, 0.5], velKms: [0.001, 0.0235, -0.0002] };

describe('Clohessy–Wiltshire closed form', () => {
  it('matches a numerical integration of the Hill equations over a revolution', () => {
    for (const dt of [60, 1200, 3000, 5300]) {
      const closed = cwPropagate(start, N, dt);
      const numeric = integrate(start, dt);
      for (let i = 0; i < 3; i++) {
        expect(closed.posKm[i]).toBeCloseTo(numeric.posKm[i]!, 6);
        expect(closed.velKms[i]).toBeCloseTo(numeric.velKms[i]!, 8);
      }
    }
  });

  it('keeps a point on the velocity line (V-bar) still, and drifts a lower chaser ahead', () => {
    const held = cwPropagate({ posKm: [0, -0.15, 0], velKms: [0, 0, 0] }, N, 1800);
    expect(held.posKm[1]).toBeCloseTo(-0.15, 12);
    // 1 km below with the circular speed of its own altitude: gains 3π km per revolution.
    const lower = cwPropagate({ posKm: [-1, 0, 0], velKms: [0, 1.5 * N, 0] }, N, (2 * Math.PI) / N);
    expect(lower.posKm[1]).toBeCloseTo(3 * Math.PI, 6);
  });

  it('stays within metres of two-body truth over 30 km and half an hour', () => {
    const target = { eciKm: [A, 0, 0] as Vec3, velKms: [0, Math.sqrt(MU_KM3_S2 / A), 0] as Vec3 };
    const relative: RelativeState = { posKm: [-15, -30, 0], velKms: [0, 1.5 * N * 15, 0] };
    const chaser = fromRelative(target, relative);
    const dt = 1800;
    const truth = toRelative(
      twoBody(target.eciKm, target.velKms, dt),
      twoBody(chaser.eciKm, chaser.velKms, dt),
    );
    const cw = cwPropagate(relative, N, dt);
    const errorKm = Math.hypot(...cw.posKm.map((v, i) => v - truth.posKm[i]!));
    // Linearisation error grows with range²: at 34 km it is well under 1 % of the range.
    expect(errorKm).toBeLessThan(0.3);
    expect(errorKm).toBeGreaterThan(0);
  });

  it('finds the transfer velocity that reaches a point at a given time', () => {
    const to: Vec3 = [0, -0.15, 0];
    const velKms = cwTransferVelocity(start.posKm, to, N, 1620);
    const arrived = cwPropagate({ posKm: start.posKm, velKms }, N, 1620);
    arrived.posKm.forEach((v, i) => expect(v).toBeCloseTo(to[i]!, 9));
    expect(() => cwTransferVelocity(start.posKm, to, N, (2 * Math.PI) / N)).toThrow(
      /no CW transfer/,
    );
  });

  it('converts to the LVLH frame and back exactly', () => {
    const target = { eciKm: [4000, 3000, 4200] as Vec3, velKms: [-4.1, 5.9, 0.1] as Vec3 };
    const chaser = { eciKm: [3990, 2975, 4195] as Vec3, velKms: [-4.08, 5.91, 0.12] as Vec3 };
    const back = fromRelative(target, toRelative(target, chaser));
    back.eciKm.forEach((v, i) => expect(v).toBeCloseTo(chaser.eciKm[i]!, 9));
    back.velKms.forEach((v, i) => expect(v).toBeCloseTo(chaser.velKms[i]!, 12));
  });
});
