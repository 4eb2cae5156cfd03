#!/bin/sh
# Renders an HTML report with headless Chromium to a PNG, to check layout and right-to-left text.
# Usage: scripts/screenshot-report.sh REPORT.html [OUT.png] [WIDTHxHEIGHT]
# Needs Chromium (Debian: apt-get install -y chromium). The page needs no network: it is
# self-contained, and Chromium is started with networking pointed nowhere to prove it.
set -eu
in="${1:?usage: scripts/screenshot-report.sh REPORT.html [OUT.png] [WIDTHxHEIGHT]}"
out="${2:-${in%.html}.png}"
size="${3:-1280x3000}"
browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
[ -n "$browser" ] || { echo "chromium not found (apt-get install -y chromium)" >&2; exit 1; }
[ -f "$in" ] || { echo "no such file: $in" >&2; exit 1; }
abs="$(cd "$(dirname "$in")" && pwd)/$(basename "$in")"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$profile" \
    --proxy-server=127.0.0.1:9 --window-size="$(echo "$size" | tr x ,)" \
    --screenshot="$out" "file://$abs" >/dev/null 2>&1
echo "$out"
