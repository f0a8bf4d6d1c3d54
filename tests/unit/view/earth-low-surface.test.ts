import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bakeSurfaceTexel,
  CITY_CLOUD_SHADE,
  CITY_LIGHT_COLOUR,
  CLOUD_ALBEDO,
  linearToSrgb,
  srgbToLinear,
} from '../../../src/view/earth-low-surface.ts';

const TINT = [1.0, 0.8, 0.55];

/** The separate maps as the full shader combines them at the cheap tier (clouds lit as ground). */
function fromSeparateMaps(day: number[], cloudByte: number, night: number[], irradiance: number) {
  const cloud = cloudByte / 255;
  return [0, 1, 2].map((c) => {
    const n = srgbToLinear(night[c]! / 255);
    const ground =
      (srgbToLinear(day[c]! / 255) * irradiance) / Math.PI +
      n * n * TINT[c]! * (1 - CITY_CLOUD_SHADE * cloud);
    return ground * (1 - cloud) + (CLOUD_ALBEDO * irradiance * cloud) / Math.PI;
  });
}

/** The same texel from the baked map, as the BAKED_SURFACE shader reads it. */
function fromBakedMap(day: number[], cloudByte: number, night: number[], irradiance: number) {
  const texel = new Uint8Array(4);
  bakeSurfaceTexel(day, cloudByte, night, texel, 0);
  const lights = (texel[3]! / 255) ** 2;
  return [0, 1, 2].map(
    (c) =>
      (srgbToLinear(texel[c]! / 255) * irradiance) / Math.PI +
      lights * TINT[c]! * CITY_LIGHT_COLOUR[c]!,
  );
}

const byteTriple = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255));

describe('the cheap tier’s baked Earth map', () => {
  it('round-trips the sRGB curve', () => {
    for (let v = 0; v <= 1; v += 1 / 64) expect(linearToSrgb(srgbToLinear(v))).toBeCloseTo(v, 9);
  });

  it('lights the ground and clouds as the separate maps do, to within 8-bit steps', () => {
    fc.assert(
      fc.property(
        byteTriple,
        fc.nat(255),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (day, cloud, e) => {
          const dark: [number, number, number] = [0, 0, 0];
          const want = fromSeparateMaps(day, cloud, dark, e);
          const got = fromBakedMap(day, cloud, dark, e);
          // One sRGB step at the brightest end is 0.9 % of the value; allow two.
          for (let c = 0; c < 3; c++)
            expect(Math.abs(got[c]! - want[c]!)).toBeLessThanOrEqual(0.02 * want[c]! + 1e-4);
        },
      ),
    );
  });

  it('keeps the city lights’ brightness and colour under the clouds on the night side', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 0.7, noNaN: true }), fc.nat(255), (level, cloud) => {
        // Lights of the map's mean colour (their squares in proportion to CITY_LIGHT_COLOUR).
        const night = [0, 1, 2].map((c) =>
          Math.round(linearToSrgb(Math.sqrt(level * CITY_LIGHT_COLOUR[c]!)) * 255),
        );
        const want = fromSeparateMaps([0, 0, 0], cloud, night, 0);
        const got = fromBakedMap([0, 0, 0], cloud, night, 0);
        // 8-bit steps of the night map and of the baked strength (a square root): a few %.
        for (let c = 0; c < 3; c++)
          expect(Math.abs(got[c]! - want[c]!)).toBeLessThanOrEqual(0.06 * want[c]! + 2e-4);
      }),
    );
  });

  it('hides the lights under thick cloud and shows them through a clear sky', () => {
    const texel = new Uint8Array(4);
    bakeSurfaceTexel([10, 10, 10], 0, [255, 230, 180], texel, 0);
    const clear = texel[3]!;
    bakeSurfaceTexel([10, 10, 10], 255, [255, 230, 180], texel, 0);
    expect(clear).toBeGreaterThan(200);
    expect(texel[3]).toBe(0);
    expect(texel.slice(0, 3)).toEqual(
      new Uint8Array(3).fill(Math.round(linearToSrgb(CLOUD_ALBEDO) * 255)),
    );
  });
});
