import type { MapFormat } from './map-format.ts';

/** Bundled assets (public/), relative to the page so the app runs from any folder. */
const base = import.meta.env.BASE_URL;

export const ASSET_URLS = {
  earthDay: `${base}textures/earth-day.jpg`,
  earthNight: `${base}textures/earth-night.jpg`,
  earthWater: `${base}textures/earth-water.png`,
  earthClouds: `${base}textures/earth-clouds.jpg`,
  earthLow: `${base}textures/earth-low.webp`,
  /** The ground-track map's background: 512 wide, for a 360-wide canvas. */
  earthMap: `${base}textures/earth-map.jpg`,
  moon: `${base}textures/moon.jpg`,
  stars: `${base}sky/stars.bin`,
  coastline50m: `${base}geo/coastline-50m.bin`,
  coastline10m: `${base}geo/coastline-10m.bin`,
} as const;

/** The Earth's four maps, loaded together (one loader key). */
const EARTH_TEXTURE_URLS = [
  ASSET_URLS.earthDay,
  ASSET_URLS.earthNight,
  ASSET_URLS.earthWater,
  ASSET_URLS.earthClouds,
] as const;

export type EarthMapSize = 'full' | 'preview';

/** `earth-day.jpg` → `earth-day-preview.jpg` (built by scripts/assets/build-preview-maps.sh). */
const previewOf = (url: string) => url.replace(/(\.\w+)$/, '-preview$1');
/** `earth-day.jpg` → `earth-day.ktx2` (built by scripts/assets/build-ktx2-maps.mjs). */
const ktx2Of = (url: string) => url.replace(/\.\w+$/, '.ktx2');

/**
 * The Earth's maps for a tier: the cheap tier's one baked map, or the four separate maps; in
 * full, or their 1024-wide previews, drawn while the full maps are on their way. The four full
 * maps come as images or as KTX2; the previews and the baked map (the software renderers' tier)
 * only as images.
 */
export function earthMapUrls(
  bakedEarth: boolean,
  size: EarthMapSize = 'full',
  format: MapFormat = 'images',
): string[] {
  if (bakedEarth)
    return [size === 'preview' ? previewOf(ASSET_URLS.earthLow) : ASSET_URLS.earthLow];
  if (size === 'preview') return EARTH_TEXTURE_URLS.map(previewOf);
  return format === 'ktx2' ? EARTH_TEXTURE_URLS.map(ktx2Of) : [...EARTH_TEXTURE_URLS];
}

/** The format the full Earth maps come in: the baked map only as an image. */
export function earthMapFormat(bakedEarth: boolean, format: MapFormat): MapFormat {
  return bakedEarth ? 'images' : format;
}

/** The image a KTX2 map was encoded from (`earth-water.ktx2` → `earth-water.png`). */
export function imageOfKtx2(url: string): string {
  const image = EARTH_TEXTURE_URLS.find((candidate) => ktx2Of(candidate) === url);
  if (!image) throw new Error(`${url}: no image of that map`);
  return image;
}

/** Every Earth map set of every tier, size and format that has one (each set is one loader key). */
export function earthMapUrlSets(format: MapFormat): string[][] {
  if (format === 'ktx2') return [earthMapUrls(false, 'full', 'ktx2')];
  return [true, false].flatMap((baked) =>
    (['full', 'preview'] as const).map((size) => earthMapUrls(baked, size)),
  );
}

export function coastlineUrl(resolution: '50m' | '10m'): string {
  return resolution === '10m' ? ASSET_URLS.coastline10m : ASSET_URLS.coastline50m;
}

/** A FileLoader set up for the binary catalogues (stars, coastlines). */
export function asBinary(loader: { setResponseType(type: string): unknown }): void {
  loader.setResponseType('arraybuffer');
}
