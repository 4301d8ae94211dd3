#!/usr/bin/env bash
# End-to-end test of the Rubric Neovim plugin in real headless Neovim (0.7+) against the real
# Rubric language server: open a design doc that lacks its Monitoring section, wait for
# Rubric's diagnostics, apply the quick fix through Neovim's code-action flow, check the
# buffer, then run :RubricInsertMissingBlocks (server-side workspace/applyEdit).
#
# Server: $RUBRIC_CMD (a full shell command, e.g. "java -cp CLASSPATH dev.rubric.cli.Main lsp"),
# else "java -jar $RUBRIC_JAR lsp", else "java -jar <repo>/server/target/rubric.jar lsp".
# Installs Neovim with apt-get when it is missing. Exits non-zero on any failure.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
started=$(date +%s)

fail() { echo "neovim e2e: FAIL: $*" >&2; exit 1; }

# --- Neovim -----------------------------------------------------------------------------
if ! command -v nvim >/dev/null 2>&1; then
  echo "neovim e2e: installing neovim with apt-get" >&2
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq >&2 || fail "apt-get update failed"
  $sudo apt-get install -y -qq --no-install-recommends neovim >&2 || fail "apt-get install neovim failed"
fi
version=$(nvim --version | head -n 1)
echo "neovim e2e: $version"
nvim --headless -u NONE -c 'lua if vim.fn.has("nvim-0.7") == 0 then vim.cmd("cquit 1") end' -c 'qall!' \
  || fail "Neovim 0.7 or newer is needed, found: $version"

# --- server -----------------------------------------------------------------------------
if [ -z "${RUBRIC_CMD:-}" ]; then
  jar=${RUBRIC_JAR:-$repo/server/target/rubric.jar}
  [ -f "$jar" ] || fail "no server: $jar does not exist (run 'mvn -DskipTests package' or set RUBRIC_CMD / RUBRIC_JAR)"
  RUBRIC_CMD="java -jar '$jar' lsp"
fi
export RUBRIC_CMD
echo "neovim e2e: server: $RUBRIC_CMD" | cut -c1-300

# --- the documents ----------------------------------------------------------------------
work=$(mktemp -d "${TMPDIR:-/tmp}/rubric-nvim-e2e.XXXXXX")
trap 'rm -rf "$work"' EXIT
cp "$repo/clients/testdata/missing-monitoring.md" "$work/design.md"
cp "$repo/clients/testdata/missing-monitoring.md" "$work/design2.md"
cp "$repo/clients/testdata/missing-monitoring.md" "$work/design3.md"
export RUBRIC_E2E_DIR="$work"
export XDG_STATE_HOME="$work/state" XDG_CACHE_HOME="$work/cache" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"

# --- run --------------------------------------------------------------------------------
status=0
timeout "${RUBRIC_E2E_LIMIT_S:-150}" nvim --headless -i NONE -n -u "$here/test/minimal_init.lua" \
  -c "luafile $here/test/e2e.lua" </dev/null >"$work/out.txt" 2>&1 || status=$?
cat "$work/out.txt"
if [ "$status" -ne 0 ] || ! grep -q '^PASS: neovim e2e' "$work/out.txt"; then
  for f in "$work"/state/nvim/lsp.log "$work"/cache/nvim/lsp.log; do
    [ -f "$f" ] && { echo "--- $f (last 40 lines)"; tail -n 40 "$f"; }
  done
  [ "$status" -eq 124 ] && fail "nvim did not finish within ${RUBRIC_E2E_LIMIT_S:-150} s"
  fail "nvim exited with $status"
fi
echo "neovim e2e: passed in $(( $(date +%s) - started )) s"
