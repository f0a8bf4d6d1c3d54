/**
 * The cheap tier's Earth in one map: what its shader (earth-material.ts, BAKED_SURFACE) would
 * compute from the day, cloud and night maps, done once offline so that each pixel takes one
 * texture look-up instead of three (in a software renderer every look-up costs about as much as
 * the rest of the pixel). The cheap tier lights cloud tops like the ground beneath them, so the
 * clouds can be mixed into the ground's albedo before any light is known:
 *
 *   mix(day·E/π + lights, CLOUD_ALBEDO·E/π, c) = mix(day, CLOUD_ALBEDO, c)·E/π + (1 − c)·lights
 *
 * RGB holds that albedo (sRGB); A holds the city lights' strength as they show through the clouds,
 * as a square root (the shader squares it back), because most of it is near zero.
 */

/** Reflectance of thick cloud tops (Stephens 1978: ~0.7–0.8). */
export const CLOUD_ALBEDO = 0.75;
/** Share of the city lights a thick cloud hides from above. */
export const CITY_CLOUD_SHADE = 0.8;

export function srgbToLinear(v: number): number {
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
}

export function linearToSrgb(v: number): number {
  return v <= 0.0031308 ? v * 12.92 : 1.055 * v ** (1 / 2.4) - 0.055;
}

/**
 * The mean colour of the night map's lights relative to their luminance (texels whose squared
 * luminance is over 0.01; measured by the bake script, which fails if the map no longer fits it):
 * the baked map keeps one strength per texel, and this gives the lights back their colour.
 */
export const CITY_LIGHT_COLOUR = [1.38, 0.93, 0.56] as const;

const byte = (v: number) => Math.round(Math.min(1, Math.max(0, v)) * 255);

/**
 * One texel of the baked map from the same texel of the day map (sRGB bytes), the cloud map
 * (a linear byte: cover) and the night map (sRGB bytes), written as RGBA bytes at `out[at…]`.
 */
export function bakeSurfaceTexel(
  day: ArrayLike<number>,
  cloudByte: number,
  night: ArrayLike<number>,
  out: Uint8Array,
  at: number,
): void {
  const cloud = cloudByte / 255;
  for (let c = 0; c < 3; c++) {
    const albedo = srgbToLinear(day[c]! / 255) * (1 - cloud) + CLOUD_ALBEDO * cloud;
    out[at + c] = byte(linearToSrgb(albedo));
  }
  // The full shader squares each channel of the night map; one luminance of those squares keeps
  // the lights' brightness (their colour comes from the shader's tint).
  const [r, g, b] = [0, 1, 2].map((c) => srgbToLinear(night[c]! / 255) ** 2) as [
    number,
    number,
    number,
  ];
  const lights = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const throughClouds = (1 - CITY_CLOUD_SHADE * cloud) * (1 - cloud);
  out[at + 3] = byte(Math.sqrt(lights * throughClouds));
}
