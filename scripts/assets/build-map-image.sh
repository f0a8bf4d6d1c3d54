#!/usr/bin/env bash
# Builds public/textures/earth-map.jpg, the ground-track map's background, from the committed
# day map: the map's canvas is 360 × 180, so a 4096-wide picture would be fetched and decoded
# only to be shrunk (on the low tier, whose globe draws from earth-low.webp, it was the only
# reason to fetch earth-day.jpg at all). Scaled in linear light, as the globe's maps are.
#
# NEEDS: ImageMagick (apt-get install -y imagemagick).
# USAGE: scripts/assets/build-map-image.sh
set -euo pipefail
repo_root="$(cd "$(dirname "$0")/../.." && pwd)"
# shellcheck source=find-imagemagick.sh
source "$repo_root/scripts/assets/find-imagemagick.sh"

in="$repo_root/public/textures/earth-day.jpg"
out="$repo_root/public/textures/earth-map.jpg"
"$CONVERT" "$in" -colorspace RGB -resize '512x256!' -colorspace sRGB \
  -strip -sampling-factor 4:2:0 -quality 88 "$out"
echo "wrote $out ($(stat -c %s "$out") bytes)"
