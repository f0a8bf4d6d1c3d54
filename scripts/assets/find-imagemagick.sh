# Sourced by the texture scripts: sets CONVERT to a real ImageMagick (not a stand-in that may
# shadow it on PATH), or exits with how to install one.
CONVERT="${CONVERT:-}"
if [[ -z "$CONVERT" ]]; then
  for c in /usr/bin/convert /usr/bin/magick "$(command -v magick || true)" "$(command -v convert || true)"; do
    if [[ -n "$c" && -x "$c" ]] && "$c" -version 2>/dev/null | grep -q ImageMagick; then
      CONVERT="$c"
      break
    fi
  done
fi
if [[ -z "$CONVERT" ]]; then
  echo "ImageMagick not found: apt-get install -y imagemagick" >&2
  exit 1
fi
