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
export const EARTH_TEXTURE_URLS = [
  ASSET_URLS.earthDay,
  ASSET_URLS.earthNight,
  ASSET_URLS.earthWater,
  ASSET_URLS.earthClouds,
] as const;

/** The Earth's maps for a tier: the cheap tier's one baked map, or the four separate maps. */
export function earthMapUrls(bakedEarth: boolean): readonly string[] {
  return bakedEarth ? [ASSET_URLS.earthLow] : EARTH_TEXTURE_URLS;
}

export function coastlineUrl(resolution: '50m' | '10m'): string {
  return resolution === '10m' ? ASSET_URLS.coastline10m : ASSET_URLS.coastline50m;
}

/** A FileLoader set up for the binary catalogues (stars, coastlines). */
export function asBinary(loader: { setResponseType(type: string): unknown }): void {
  loader.setResponseType('arraybuffer');
}
