#!/usr/bin/env bash
# Renders a Rubric HTML readiness report in headless Chromium (Debian's `chromium` package)
# and checks what the browser made of it: the rendered DOM is written out and searched for the
# expected texts, a screenshot is taken, and the page must not have run any script.
#
# On a fresh machine Chromium is installed with apt-get (as root, or through passwordless
# sudo); when it is already there nothing is installed, so running this again is cheap.
#
# usage: render-test.sh REPORT.html OUT_DIR [EXPECTED_TEXT...]
#   OUT_DIR/report.dom.html  the DOM after rendering (chromium --dump-dom)
#   OUT_DIR/report.png       a 1280x2000 screenshot
# Exits 0 when the page rendered and every EXPECTED_TEXT occurs in the rendered DOM.
set -euo pipefail

if [ "$#" -lt 2 ]; then
  echo "usage: $0 REPORT.html OUT_DIR [EXPECTED_TEXT...]" >&2
  exit 2
fi
report=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
out_dir=$2
shift 2
[ -f "$report" ] || { echo "render-test: no report at $report" >&2; exit 2; }
mkdir -p "$out_dir"
out_dir=$(cd "$out_dir" && pwd)

find_chromium() {
  command -v chromium 2>/dev/null || command -v chromium-browser 2>/dev/null || true
}

chrome=$(find_chromium)
if [ -z "$chrome" ]; then
  echo "render-test: chromium not found; installing Debian's chromium package" >&2
  if [ "$(id -u)" -eq 0 ]; then
    as_root=()
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    as_root=(sudo -n)
  else
    echo "render-test: cannot install chromium: not root and no passwordless sudo" >&2
    exit 3
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${as_root[@]}" apt-get update -q
  "${as_root[@]}" apt-get install -y -q chromium
  chrome=$(find_chromium)
  [ -n "$chrome" ] || { echo "render-test: chromium still not found after installing" >&2; exit 3; }
fi

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
# No network for the page or the browser: the report must not need any.
flags=(--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update
       --disable-sync --no-first-run --no-default-browser-check --disable-extensions
       --host-resolver-rules="MAP * ~NOTFOUND" --user-data-dir="$profile")
url="file://$report"

timeout 120 "$chrome" "${flags[@]}" --dump-dom "$url" >"$out_dir/report.dom.html" 2>"$out_dir/chromium-dom.log" || {
  echo "render-test: chromium --dump-dom failed; see $out_dir/chromium-dom.log" >&2
  exit 1
}
rm -f "$out_dir/report.png"
timeout 120 "$chrome" "${flags[@]}" --hide-scrollbars --window-size=1280,2000 --screenshot="$out_dir/report.png" "$url" \
  >"$out_dir/chromium-screenshot.log" 2>&1 || {
  echo "render-test: chromium --screenshot failed; see $out_dir/chromium-screenshot.log" >&2
  exit 1
}

failures=0
fail() { echo "render-test: FAIL: $*" >&2; failures=$((failures + 1)); }

dom="$out_dir/report.dom.html"
grep -q '</html>' "$dom" || fail "the rendered DOM is empty or cut short"
grep -qi '<script' "$dom" && fail "the rendered DOM has a script element"
# the CI fixture's script sets data-pwned="yes" on <body> if it ever runs (as text it reads 'data-pwned')
grep -q 'data-pwned="' "$dom" && fail "a script from the document ran (data-pwned was set)"
for expected in "$@"; do
  grep -qF -- "$expected" "$dom" || fail "not in the rendered DOM: $expected"
done
[ "$(head -c 8 "$out_dir/report.png" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ] || fail "no PNG screenshot"

if [ "$failures" -gt 0 ]; then
  exit 1
fi
echo "render-test: ok: $(basename "$report") rendered by $("$chrome" --version 2>/dev/null | head -n 1); DOM $dom; screenshot $out_dir/report.png"
