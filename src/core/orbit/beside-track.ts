/**
 * A place beside a ground track: `km` to the right of a track crossing (latDeg, lonDeg) on an
 * orbit of `inclinationDeg`, going north (ascending) or south. A launch into another craft's
 * plane leaves the pad at the moment that plane is a few kilometres off, and the plane's offset
 * is what a rendezvous solves for.
 */
const RAD = Math.PI / 180;
const EARTH_RADIUS_KM = 6378.137;

export function besideTrack(
  site: { readonly latDeg: number; readonly lonDeg: number },
  km: number,
  inclinationDeg: number,
  direction: 'ascending' | 'descending',
): { latDeg: number; lonDeg: number } {
  const lat = site.latDeg * RAD;
  // Heading of the track east of north, then a right angle to the right of it.
  const sine = Math.min(1, Math.max(-1, Math.cos(inclinationDeg * RAD) / Math.cos(lat)));
  const heading = direction === 'ascending' ? Math.asin(sine) : Math.PI - Math.asin(sine);
  const bearing = heading + Math.PI / 2;
  const d = km / EARTH_RADIUS_KM;
  const lat2 = Math.asin(
    Math.sin(lat) * Math.cos(d) + Math.cos(lat) * Math.sin(d) * Math.cos(bearing),
  );
  const lon2 =
    site.lonDeg * RAD +
    Math.atan2(
      Math.sin(bearing) * Math.sin(d) * Math.cos(lat),
      Math.cos(d) - Math.sin(lat) * Math.sin(lat2),
    );
  return { latDeg: lat2 / RAD, lonDeg: ((((lon2 / RAD + 180) % 360) + 360) % 360) - 180 };
}
