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
