/**
 * The Earth's air as a physical model: Rayleigh and Mie scattering with ozone absorption, the
 * parameters of Bruneton's reference atmosphere (Bruneton 2017; Hillaire 2020, table 1), in km.
 * Precomputed once on the CPU (a few tens of milliseconds) into small lookup tables, following
 * Hillaire 2020: the transmittance to the top of the air for any height and zenith angle
 * (Bruneton's (r, μ) parameterisation), the multiple-scattering transfer Ψms, and the sky's
 * irradiance on the ground. The shaders (atmosphere-glsl.ts) read the same tables; the sunlight on
 * the spacecraft reads them here. Radiance unit: the Sun's irradiance outside the air is 1.
 */
import type * as THREE from 'three';
import { EARTH_RADIUS_KM } from '../core/orbit/kepler.ts';

export type Rgb = [number, number, number];

export const ATMOSPHERE = {
  groundKm: EARTH_RADIUS_KM,
  topKm: EARTH_RADIUS_KM + 100,
  rayleighScattering: [5.802e-3, 13.558e-3, 33.1e-3] as Rgb,
  rayleighScaleKm: 8,
  mieScattering: 3.996e-3,
  mieExtinction: 4.4e-3,
  mieScaleKm: 1.2,
  mieG: 0.8,
  ozoneAbsorption: [0.65e-3, 1.881e-3, 0.085e-3] as Rgb,
  ozonePeakKm: 25,
  ozoneHalfWidthKm: 15,
  /** Mean reflectance of the ground under the air, for the light it sends back up. */
  groundAlbedo: 0.1,
} as const;

export const TRANSMITTANCE_SIZE = { width: 256, height: 64 } as const;
export const MULTIPLE_SCATTERING_SIZE = 16;
export const IRRADIANCE_SIZE = 64;

const A = ATMOSPHERE;
const H = Math.sqrt(A.topKm * A.topKm - A.groundKm * A.groundKm);

interface Densities {
  rayleigh: number;
  mie: number;
  ozone: number;
}

function densitiesAt(heightKm: number, out: Densities): Densities {
  out.rayleigh = Math.exp(-heightKm / A.rayleighScaleKm);
  out.mie = Math.exp(-heightKm / A.mieScaleKm);
  out.ozone = Math.max(0, 1 - Math.abs(heightKm - A.ozonePeakKm) / A.ozoneHalfWidthKm);
  return out;
}

function extinction(d: Densities, channel: number): number {
  return (
    A.rayleighScattering[channel]! * d.rayleigh +
    A.mieExtinction * d.mie +
    A.ozoneAbsorption[channel]! * d.ozone
  );
}

function distanceToTop(r: number, mu: number): number {
  const discriminant = r * r * (mu * mu - 1) + A.topKm * A.topKm;
  return Math.max(0, -r * mu + Math.sqrt(Math.max(0, discriminant)));
}

function distanceToGround(r: number, mu: number): number {
  const discriminant = r * r * (mu * mu - 1) + A.groundKm * A.groundKm;
  return Math.max(0, -r * mu - Math.sqrt(Math.max(0, discriminant)));
}

function hitsGround(r: number, mu: number): boolean {
  return mu < 0 && r * r * (mu * mu - 1) + A.groundKm * A.groundKm >= 0;
}

/** Bruneton 2017, §4.1: (r, μ) of a ray that does not meet the ground ↔ texture coordinates. */
export function transmittanceUv(r: number, mu: number): [number, number] {
  const rho = Math.sqrt(Math.max(0, (r - A.groundKm) * (r + A.groundKm)));
  const d = distanceToTop(r, mu);
  const dMin = A.topKm - r;
  const dMax = rho + H;
  const xMu = dMax > dMin ? (d - dMin) / (dMax - dMin) : 0;
  const xR = rho / H;
  return [toUnitTexel(xMu, TRANSMITTANCE_SIZE.width), toUnitTexel(xR, TRANSMITTANCE_SIZE.height)];
}

function toUnitTexel(x: number, size: number): number {
  return 0.5 / size + Math.min(1, Math.max(0, x)) * (1 - 1 / size);
}

function fromUnitTexel(u: number, size: number): number {
  return (u - 0.5 / size) / (1 - 1 / size);
}

/** Optical depth along a ray to the top of the air, integrated by the trapezoid rule. */
function transmittanceToTop(r: number, mu: number, steps = 24): Rgb {
  const length = distanceToTop(r, mu);
  const dt = length / steps;
  const depth: Rgb = [0, 0, 0];
  const d: Densities = { rayleigh: 0, mie: 0, ozone: 0 };
  for (let i = 0; i <= steps; i++) {
    const t = i * dt;
    const height = Math.sqrt(r * r + t * t + 2 * r * mu * t) - A.groundKm;
    densitiesAt(height, d);
    const weight = i === 0 || i === steps ? 0.5 : 1;
    for (let c = 0; c < 3; c++) depth[c]! += extinction(d, c) * weight * dt;
  }
  return [Math.exp(-depth[0]), Math.exp(-depth[1]), Math.exp(-depth[2])];
}

export interface AtmosphereTables {
  /** RGB transmittance to the top of the air, TRANSMITTANCE_SIZE, row-major. */
  transmittance: Float32Array;
  /** RGB Ψms (Hillaire 2020, eq. 10) over (μs, height), MULTIPLE_SCATTERING_SIZE². */
  multipleScattering: Float32Array;
  /** RGB irradiance of the sky on the ground over μs (direct sunlight not included). */
  groundIrradiance: Float32Array;
}

function sampleTable(
  table: Float32Array,
  width: number,
  height: number,
  u: number,
  v: number,
  out: Rgb,
): Rgb {
  const x = Math.min(width - 1, Math.max(0, u * width - 0.5));
  const y = Math.min(height - 1, Math.max(0, v * height - 0.5));
  const x0 = Math.floor(x);
  const y0 = Math.floor(y);
  const x1 = Math.min(width - 1, x0 + 1);
  const y1 = Math.min(height - 1, y0 + 1);
  const fx = x - x0;
  const fy = y - y0;
  for (let c = 0; c < 3; c++) {
    const a = table[(y0 * width + x0) * 3 + c]!;
    const b = table[(y0 * width + x1) * 3 + c]!;
    const e = table[(y1 * width + x0) * 3 + c]!;
    const f = table[(y1 * width + x1) * 3 + c]!;
    out[c] = (a * (1 - fx) + b * fx) * (1 - fy) + (e * (1 - fx) + f * fx) * fy;
  }
  return out;
}

function lookUpTransmittance(table: Float32Array, r: number, mu: number, out: Rgb): Rgb {
  const [u, v] = transmittanceUv(r, mu);
  return sampleTable(table, TRANSMITTANCE_SIZE.width, TRANSMITTANCE_SIZE.height, u, v, out);
}

/** Transmittance of sunlight to a point at radius r with the Sun at cosine μs from its zenith. */
function sunTransmittance(table: Float32Array, r: number, muS: number, out: Rgb): Rgb {
  if (hitsGround(r, muS)) return ((out[0] = out[1] = out[2] = 0), out);
  return lookUpTransmittance(table, r, muS, out);
}

function computeTransmittance(): Float32Array {
  const { width, height } = TRANSMITTANCE_SIZE;
  const table = new Float32Array(width * height * 3);
  for (let j = 0; j < height; j++) {
    const rho = H * fromUnitTexel((j + 0.5) / height, height);
    const r = Math.sqrt(rho * rho + A.groundKm * A.groundKm);
    for (let i = 0; i < width; i++) {
      const xMu = fromUnitTexel((i + 0.5) / width, width);
      const dMin = A.topKm - r;
      const dMax = rho + H;
      const d = dMin + xMu * (dMax - dMin);
      const mu = d === 0 ? 1 : Math.min(1, Math.max(-1, (H * H - rho * rho - d * d) / (2 * r * d)));
      table.set(transmittanceToTop(r, mu), (j * width + i) * 3);
    }
  }
  return table;
}

/** Directions spread evenly over the sphere (a Fibonacci lattice). */
function sphereDirections(count: number): Array<[number, number, number]> {
  const golden = Math.PI * (3 - Math.sqrt(5));
  return Array.from({ length: count }, (_, i) => {
    const z = 1 - (2 * (i + 0.5)) / count;
    const s = Math.sqrt(1 - z * z);
    return [Math.cos(golden * i) * s, Math.sin(golden * i) * s, z];
  });
}

/**
 * Hillaire 2020, §5.5: second-order light gathered isotropically at a point and the transfer
 * factor fms; Ψms = L2 / (1 − fms). Also the sky's irradiance on the ground from the same rays.
 */
function computeScatteringTables(transmittance: Float32Array) {
  const n = MULTIPLE_SCATTERING_SIZE;
  const multipleScattering = new Float32Array(n * n * 3);
  const directions = sphereDirections(32);
  const steps = 12;
  const d: Densities = { rayleigh: 0, mie: 0, ozone: 0 };
  const sunT: Rgb = [0, 0, 0];
  const isotropic = 1 / (4 * Math.PI);
  const solidAngle = (4 * Math.PI) / directions.length;
  // Light arriving at a point from direction `dir` (single scattering, isotropic phase, and the
  // ground's reflection), plus the transfer factor along that ray; the Sun is in the x–z plane.
  const gather = (
    r: number,
    muS: number,
    dir: [number, number, number],
    ms: Float32Array | null,
  ) => {
    const sunX = Math.sqrt(Math.max(0, 1 - muS * muS));
    const mu = dir[2];
    const ground = hitsGround(r, mu);
    const length = ground ? distanceToGround(r, mu) : distanceToTop(r, mu);
    const dt = length / steps;
    const light: Rgb = [0, 0, 0];
    const transfer: Rgb = [0, 0, 0];
    const throughput: Rgb = [1, 1, 1];
    const msT: Rgb = [0, 0, 0];
    for (let i = 0; i < steps; i++) {
      const t = (i + 0.5) * dt;
      const px = dir[0] * t;
      const py = dir[1] * t;
      const pz = r + dir[2] * t;
      const pr = Math.sqrt(px * px + py * py + pz * pz);
      const pMuS = (px * sunX + pz * muS) / pr;
      densitiesAt(pr - A.groundKm, d);
      sunTransmittance(transmittance, pr, pMuS, sunT);
      if (ms) lookUpMs(ms, pr, pMuS, msT);
      for (let c = 0; c < 3; c++) {
        const scattering = A.rayleighScattering[c]! * d.rayleigh + A.mieScattering * d.mie;
        const ext = extinction(d, c);
        const stepT = Math.exp(-ext * dt);
        // Energy-conserving integration over the step (Hillaire 2015).
        const integral = ext > 0 ? (1 - stepT) / ext : dt;
        light[c]! += throughput[c]! * scattering * (sunT[c]! * isotropic + msT[c]!) * integral;
        transfer[c]! += throughput[c]! * scattering * integral;
        throughput[c]! *= stepT;
      }
    }
    if (ground) {
      const gx = dir[0] * length;
      const gy = dir[1] * length;
      const gz = r + dir[2] * length;
      const gr = Math.sqrt(gx * gx + gy * gy + gz * gz);
      const gMuS = (gx * sunX + gz * muS) / gr;
      sunTransmittance(transmittance, A.groundKm, gMuS, sunT);
      const cos = Math.max(0, gMuS);
      for (let c = 0; c < 3; c++)
        light[c]! += (throughput[c]! * sunT[c]! * cos * A.groundAlbedo) / Math.PI;
    }
    return { light, transfer };
  };
  const lookUpMs = (table: Float32Array, r: number, muS: number, out: Rgb): Rgb => {
    const u = toUnitTexel(muS * 0.5 + 0.5, n);
    const v = toUnitTexel((r - A.groundKm) / (A.topKm - A.groundKm), n);
    return sampleTable(table, n, n, u, v, out);
  };

  for (let j = 0; j < n; j++) {
    const r = A.groundKm + 0.1 + (A.topKm - A.groundKm - 0.2) * fromUnitTexel((j + 0.5) / n, n);
    for (let i = 0; i < n; i++) {
      const muS = fromUnitTexel((i + 0.5) / n, n) * 2 - 1;
      const second: Rgb = [0, 0, 0];
      const fms: Rgb = [0, 0, 0];
      for (const dir of directions) {
        const { light, transfer } = gather(r, muS, dir, null);
        for (let c = 0; c < 3; c++) {
          second[c]! += light[c]! * isotropic * solidAngle;
          fms[c]! += transfer[c]! * isotropic * solidAngle;
        }
      }
      for (let c = 0; c < 3; c++)
        multipleScattering[(j * n + i) * 3 + c] = second[c]! / (1 - Math.min(0.99, fms[c]!));
    }
  }

  const groundIrradiance = new Float32Array(IRRADIANCE_SIZE * 3);
  const upper = directions.filter((dir) => dir[2] > 0);
  for (let i = 0; i < IRRADIANCE_SIZE; i++) {
    const muS = fromUnitTexel((i + 0.5) / IRRADIANCE_SIZE, IRRADIANCE_SIZE) * 2 - 1;
    for (const dir of upper) {
      const { light } = gather(A.groundKm + 0.01, muS, dir, multipleScattering);
      for (let c = 0; c < 3; c++)
        groundIrradiance[i * 3 + c]! += light[c]! * dir[2] * ((2 * Math.PI) / upper.length);
    }
  }
  return { multipleScattering, groundIrradiance };
}

export function computeAtmosphereTables(): AtmosphereTables {
  const transmittance = computeTransmittance();
  return { transmittance, ...computeScatteringTables(transmittance) };
}

/** The tables, computed on first use and then kept (one per player). */
export interface AtmosphereSource {
  tables(): AtmosphereTables;
}

/**
 * `prebuilt`: the same tables from the file the build wrote (atmosphere-prebuilt.ts), taken if
 * they are in when first asked for; else they are computed here.
 */
export function createAtmosphereSource(
  prebuilt?: Promise<AtmosphereTables | null> | null,
): AtmosphereSource {
  let tables: AtmosphereTables | null = null;
  void prebuilt?.then((read) => {
    tables ??= read;
  });
  return { tables: () => (tables ??= computeAtmosphereTables()) };
}

/**
 * The colour and strength of sunlight at a point (scene km, relative to the Earth's centre):
 * reddened and dimmed through the air near the terminator, zero in the Earth's shadow.
 */
export function sunlightAt(
  tables: AtmosphereTables,
  fromCentreKm: THREE.Vector3,
  sunDirection: THREE.Vector3,
  out: THREE.Color,
): THREE.Color {
  const r = Math.max(A.groundKm, fromCentreKm.length());
  const muS = fromCentreKm.dot(sunDirection) / Math.max(r, 1e-6);
  if (r >= A.topKm) {
    // Above the air: the ray to the Sun misses the shell, grazes it, or meets the ground.
    const tangent = r * Math.sqrt(Math.max(0, 1 - muS * muS));
    if (muS >= 0 || tangent >= A.topKm) return out.setRGB(1, 1, 1);
    if (tangent <= A.groundKm) return out.setRGB(0, 0, 0);
    const entryMu = -Math.sqrt(1 - (tangent * tangent) / (A.topKm * A.topKm));
    const t: Rgb = [0, 0, 0];
    lookUpTransmittance(tables.transmittance, A.topKm, entryMu, t);
    return out.setRGB(t[0], t[1], t[2]);
  }
  const t: Rgb = [0, 0, 0];
  sunTransmittance(tables.transmittance, r, muS, t);
  return out.setRGB(t[0], t[1], t[2]);
}
