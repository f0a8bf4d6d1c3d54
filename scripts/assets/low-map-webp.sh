# Sourced by the scripts that write scaled copies of the low tier's baked map (previews, mip
# levels): sets CWEBP to cwebp, or exits with how to install it, and defines `low_map_webp`,
# which encodes a PNG as the full map is encoded (lossy colour, exact alpha: the city lights'
# strength is data, and the colour under a transparent texel is kept).
CWEBP="$(command -v cwebp || true)"
if [[ -z "$CWEBP" ]]; then
  echo "cwebp not found: apt-get install -y webp" >&2
  exit 1
fi

# USAGE: low_map_webp <in.png> <out.webp>
low_map_webp() {
  "$CWEBP" -quiet -q 80 -m 6 -sharp_yuv -exact -alpha_q 100 "$1" -o "$2"
}
