#!/usr/bin/env bash
# Builds the Earth's preview maps, public/textures/*-preview.*: each globe map at 1024 × 512,
# drawn while its full map is still on its way (src/view/earth-maps.tsx), so a cold start shows a
# complete picture without waiting for the 4096-wide maps to be fetched, decoded and uploaded.
# Not new sources: the committed full maps scaled down, so each carries its map's credit.
# Colour is scaled in linear light, as the GPU filters it; the data maps (water mask, cloud
# cover, the low map's city-light strength in its alpha) as they are, the alpha apart from the
# colour so that the colour under a transparent texel is kept (as -exact keeps it in the full map).
#
# NEEDS: ImageMagick and cwebp (apt-get install -y imagemagick webp).
# USAGE: scripts/assets/build-preview-maps.sh
set -euo pipefail
repo_root="$(cd "$(dirname "$0")/../.." && pwd)"
# shellcheck source=find-imagemagick.sh
source "$repo_root/scripts/assets/find-imagemagick.sh"
# shellcheck source=low-map-webp.sh
source "$repo_root/scripts/assets/low-map-webp.sh"

textures="$repo_root/public/textures"
size='1024x512!'
linear=(-colorspace RGB -resize "$size" -colorspace sRGB)
jpeg=(-strip -sampling-factor 4:2:0 -quality 88)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$CONVERT" "$textures/earth-day.jpg" "${linear[@]}" "${jpeg[@]}" "$textures/earth-day-preview.jpg"
"$CONVERT" "$textures/earth-night.jpg" "${linear[@]}" "${jpeg[@]}" "$textures/earth-night-preview.jpg"
"$CONVERT" "$textures/earth-clouds.jpg" -resize "$size" -colorspace Gray "${jpeg[@]}" \
  "$textures/earth-clouds-preview.jpg"
"$CONVERT" "$textures/earth-water.png" -resize "$size" -colorspace Gray -depth 8 -strip \
  "$textures/earth-water-preview.png"

low="$textures/earth-low.webp"
"$CONVERT" "$low" -alpha off "${linear[@]}" "$work/colour.png"
"$CONVERT" "$low" -alpha extract -resize "$size" "$work/alpha.png"
"$CONVERT" "$work/colour.png" "$work/alpha.png" -alpha off -compose CopyOpacity -composite \
  -depth 8 "$work/low.png"
low_map_webp "$work/low.png" "$textures/earth-low-preview.webp"

for f in earth-day-preview.jpg earth-night-preview.jpg earth-clouds-preview.jpg \
  earth-water-preview.png earth-low-preview.webp; do
  echo "wrote public/textures/$f ($(stat -c %s "$textures/$f") bytes)"
done
