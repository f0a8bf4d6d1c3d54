// The twilight curve: the linear luminance of the same open-ocean patch (South Pacific, cloud-free
// on our map) seen straight down from 400 km, at solar elevations from +30° to −6°, each as a share
// of its +30° value. Used by `npm run gallery` and the browser test that pins the curve.
import { gstime, sunPos } from 'satellite.js';

export const TWILIGHT_PLACE = { latDeg: -12, lonDeg: -128 };
export const TWILIGHT_ELEVATIONS_DEG = [30, 10, 3, 0, -3, -6];
/** Evening of this day (UTC) at the place. */
const DAY_UTC_MS = Date.parse('1975-07-15T00:00:00Z');
const DEG = Math.PI / 180;

/** Geocentric solar elevation at a place (the Earth shader's own notion of it). */
export function solarElevationDeg(utcMs, latDeg, lonDeg) {
  const jd = utcMs / 86_400_000 + 2440587.5;
  const { rtasc, decl } = sunPos(jd);
  const hourAngle = gstime(jd) + lonDeg * DEG - rtasc;
  const lat = latDeg * DEG;
  const sinEl =
    Math.sin(lat) * Math.sin(decl) + Math.cos(lat) * Math.cos(decl) * Math.cos(hourAngle);
  return Math.asin(sinEl) / DEG;
}

/** The UTC (ISO) of the evening instant when the Sun stands at `elevationDeg` at `place`. */
export function eveningUtcAt(elevationDeg, place = TWILIGHT_PLACE) {
  const el = (ms) => solarElevationDeg(ms, place.latDeg, place.lonDeg);
  // Local noon: the highest elevation of the day, found by a coarse scan.
  let noon = DAY_UTC_MS;
  for (let ms = DAY_UTC_MS; ms < DAY_UTC_MS + 86_400_000; ms += 60_000)
    if (el(ms) > el(noon)) noon = ms;
  let lo = noon;
  let hi = noon + 12 * 3_600_000;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (el(mid) > elevationDeg) lo = mid;
    else hi = mid;
  }
  return new Date(Math.round(lo)).toISOString();
}

/** Mean linear (Rec. 709) luminance of a patch of the page's screenshot around its centre. */
async function patchLuminance(page, size) {
  const viewport = page.viewportSize();
  const clip = {
    x: Math.round(viewport.width / 2 - size / 2),
    y: Math.round(viewport.height / 2 - size / 2),
    width: size,
    height: size,
  };
  // A frame at high quality in software can take tens of seconds on a busy machine.
  const png = await page.screenshot({ clip, timeout: 120_000 });
  return page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d');
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    const linear = (v) => {
      const c = v / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    let sum = 0;
    for (let i = 0; i < data.length; i += 4)
      sum += 0.2126 * linear(data[i]) + 0.7152 * linear(data[i + 1]) + 0.0722 * linear(data[i + 2]);
    return sum / (data.length / 4);
  }, png.toString('base64'));
}

/**
 * Measures the curve on a page with a scene loaded (any scene: the instants lie outside the
 * scenes' craft spans, so only the Earth is in view). Returns [{elevationDeg, luminance, ratio}].
 */
export async function measureTwilight(page, { patchPx = 12 } = {}) {
  const points = [];
  for (const elevationDeg of TWILIGHT_ELEVATIONS_DEG) {
    const utc = eveningUtcAt(elevationDeg);
    await page.evaluate((view) => window.urverseny.inspect(view), {
      utc,
      ...TWILIGHT_PLACE,
      distanceKm: 6378 + 400,
      fovDeg: 20,
    });
    points.push({ elevationDeg, utc, luminance: await patchLuminance(page, patchPx) });
  }
  await page.evaluate(() => window.urverseny.inspect(null));
  const reference = points[0].luminance;
  return points.map((p) => ({ ...p, ratio: p.luminance / reference }));
}
