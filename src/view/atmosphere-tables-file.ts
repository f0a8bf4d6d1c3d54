/**
 * The atmosphere's tables as one binary file, written by the build (scripts/build/
 * atmosphere-tables.ts) so a page reads them instead of computing them (35–50 ms of its main
 * thread before the first picture, on a software renderer). The file is the three tables' float32
 * values back to back, after their lengths; anything else reads as no file.
 */
import {
  IRRADIANCE_SIZE,
  MULTIPLE_SCATTERING_SIZE,
  TRANSMITTANCE_SIZE,
  type AtmosphereTables,
} from './atmosphere-model.ts';

const LENGTHS = [
  TRANSMITTANCE_SIZE.width * TRANSMITTANCE_SIZE.height * 3,
  MULTIPLE_SCATTERING_SIZE * MULTIPLE_SCATTERING_SIZE * 3,
  IRRADIANCE_SIZE * 3,
] as const;
const HEADER_BYTES = LENGTHS.length * 4;

export function encodeAtmosphereTables(tables: AtmosphereTables): Uint8Array {
  const parts = [tables.transmittance, tables.multipleScattering, tables.groundIrradiance];
  const total = parts.reduce((n, p) => n + p.length, 0);
  const bytes = new Uint8Array(HEADER_BYTES + total * 4);
  const view = new DataView(bytes.buffer);
  parts.forEach((p, i) => view.setUint32(i * 4, p.length, true));
  // In the platform's byte order: little-endian wherever the app runs.
  const values = new Float32Array(bytes.buffer, HEADER_BYTES, total);
  let at = 0;
  for (const p of parts) {
    values.set(p, at);
    at += p.length;
  }
  return bytes;
}

/** The tables in `buffer`, or null where it is not a file of this model's table sizes. */
export function decodeAtmosphereTables(buffer: ArrayBuffer): AtmosphereTables | null {
  if (buffer.byteLength !== HEADER_BYTES + LENGTHS.reduce((a, b) => a + b, 0) * 4) return null;
  const view = new DataView(buffer);
  if (LENGTHS.some((length, i) => view.getUint32(i * 4, true) !== length)) return null;
  const [t, m, g] = LENGTHS;
  const at = (offset: number, length: number) =>
    new Float32Array(buffer.slice(HEADER_BYTES + offset * 4, HEADER_BYTES + (offset + length) * 4));
  return {
    transmittance: at(0, t),
    multipleScattering: at(t, m),
    groundIrradiance: at(t + m, g),
  };
}
