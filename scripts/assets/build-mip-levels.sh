#!/usr/bin/env bash
# Builds the mip levels of the Earth's colour maps, public/textures/mips/<map>-<level>.<ext>:
# each level half the one before, from 2048 wide (level 1) down to 32 wide, made as a GPU makes
# them (a 2×2 box filter) but in linear light and offline. The view uploads them with the map
# (src/view/mip-levels.ts) instead of asking the GPU to make them: a software renderer makes an
# sRGB map's levels on the CPU, slowly (about 0.3 s of a cold start for the day map here), while
# uploading ready levels costs about as little as the map itself.
# Not new sources: the committed full maps scaled down, so each carries its map's credit. The
# low tier's baked map keeps its alpha (the city lights' strength) as data, scaled apart from
# the colour so that the colour under a transparent texel is kept (as -exact keeps it).
#
# NEEDS: ImageMagick and cwebp (apt-get install -y imagemagick webp).
# USAGE: scripts/assets/build-mip-levels.sh
set -euo pipefail
repo_root="$(cd "$(dirname "$0")/../.." && pwd)"
# shellcheck source=find-imagemagick.sh
source "$repo_root/scripts/assets/find-imagemagick.sh"
# shellcheck source=low-map-webp.sh
source "$repo_root/scripts/assets/low-map-webp.sh"

textures="$repo_root/public/textures"
out="$textures/mips"
mkdir -p "$out"
rm -f "$out"/*
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
jpeg=(-strip -sampling-factor 4:2:0 -quality 88)
# One level from the one before, at 16 bits a channel so that rounding does not pile up.
half=(-filter Box -resize 50%)

# A colour map: levels made in linear light, each written as a JPEG.
colour_levels() {
  local name="$1" width
  "$CONVERT" "$textures/$name.jpg" -depth 16 -colorspace RGB "$work/$name-0.miff"
  local level=0
  while :; do
    width=$("$CONVERT" "$work/$name-$level.miff" -format %w info:)
    ((width > 32)) || break
    "$CONVERT" "$work/$name-$level.miff" "${half[@]}" "$work/$name-$((level + 1)).miff"
    level=$((level + 1))
    "$CONVERT" "$work/$name-$level.miff" -colorspace sRGB -depth 8 "${jpeg[@]}" "$out/$name-$level.jpg"
  done
}
colour_levels earth-day
colour_levels earth-night

# The baked map: colour in linear light, alpha as data, written as lossy WebP with exact alpha.
low="$textures/earth-low.webp"
"$CONVERT" "$low" -alpha off -depth 16 -colorspace RGB "$work/low-colour-0.miff"
"$CONVERT" "$low" -alpha extract -depth 16 "$work/low-alpha-0.miff"
level=0
while :; do
  width=$("$CONVERT" "$work/low-colour-$level.miff" -format %w info:)
  ((width > 32)) || break
  next=$((level + 1))
  "$CONVERT" "$work/low-colour-$level.miff" "${half[@]}" "$work/low-colour-$next.miff"
  "$CONVERT" "$work/low-alpha-$level.miff" "${half[@]}" "$work/low-alpha-$next.miff"
  "$CONVERT" "$work/low-colour-$next.miff" -colorspace sRGB "$work/low-alpha-$next.miff" \
    -alpha off -compose CopyOpacity -composite -depth 8 "$work/low-$next.png"
  low_map_webp "$work/low-$next.png" "$out/earth-low-$next.webp"
  level=$next
done

for f in "$out"/*; do echo "wrote public/textures/mips/$(basename "$f") ($(stat -c %s "$f") bytes)"; done
