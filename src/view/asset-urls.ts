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

/**
 * The Earth's maps for a tier: the cheap tier's one baked map, or the four separate maps; in
 * full, or their 1024-wide previews, drawn while the full maps are on their way.
 */
export function earthMapUrls(bakedEarth: boolean, size: EarthMapSize = 'full'): string[] {
  const full = bakedEarth ? [ASSET_URLS.earthLow] : [...EARTH_TEXTURE_URLS];
  return size === 'preview' ? full.map(previewOf) : full;
}

/** Every Earth map of every tier and size (each tier's and size's set is one loader key). */
export function earthMapUrlSets(): string[][] {
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
