/**
 * What the Earth's full maps are loaded from: GPU-compressed KTX2 files
 * (scripts/assets/build-ktx2-maps.mjs: mip levels precomputed, transcoded in workers, sampled
 * compressed) or the JPEG and PNG images (decoded and mip-mapped by the browser).
 */
export type MapFormat = 'ktx2' | 'images';
/** `auto`, or a format pinned by the link (`?maps=ktx2|images`). */
export type MapFormatChoice = MapFormat | 'auto';

export const MAP_FORMATS: readonly MapFormat[] = ['ktx2', 'images'];

export function isMapFormat(value: unknown): value is MapFormat {
  return MAP_FORMATS.includes(value as MapFormat);
}
