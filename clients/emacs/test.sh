#!/usr/bin/env bash
# End-to-end test of rubric.el in real Emacs (28+, batch) with Debian's elpa-eglot against the
# real Rubric language server: open a design doc that lacks its Monitoring section, wait for
# Rubric's Flymake diagnostics, apply the quick fix with eglot-code-actions, check the buffer;
# then coverage, rubric-insert-missing-blocks and the server-side insertMissingBlocks command.
#
# Server: $RUBRIC_CMD (a full shell command, e.g. "java -cp CLASSPATH dev.rubric.cli.Main lsp"),
# else "java -jar $RUBRIC_JAR lsp", else "java -jar <repo>/server/target/rubric.jar lsp".
# Installs emacs-nox, elpa-eglot and elpa-markdown-mode with apt-get when missing.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
started=$(date +%s)

fail() { echo "emacs e2e: FAIL: $*" >&2; exit 1; }

# --- Emacs, Eglot, markdown-mode ------------------------------------------------------------
missing=()
command -v emacs >/dev/null 2>&1 || missing+=(emacs-nox)
ls -d /usr/share/emacs/site-lisp/elpa/eglot-* >/dev/null 2>&1 || missing+=(elpa-eglot)
ls -d /usr/share/emacs/site-lisp/elpa/markdown-mode-* >/dev/null 2>&1 || missing+=(elpa-markdown-mode)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "emacs e2e: installing ${missing[*]} with apt-get" >&2
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq >&2 || fail "apt-get update failed"
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2 || fail "apt-get install ${missing[*]} failed"
fi
echo "emacs e2e: $(emacs --version | head -n 1), $(ls -d /usr/share/emacs/site-lisp/elpa/eglot-* | xargs -n1 basename)"

# --- server -----------------------------------------------------------------------------
if [ -z "${RUBRIC_CMD:-}" ]; then
  jar=${RUBRIC_JAR:-$repo/server/target/rubric.jar}
  [ -f "$jar" ] || fail "no server: $jar does not exist (run 'mvn -DskipTests package' or set RUBRIC_CMD / RUBRIC_JAR)"
  RUBRIC_CMD="java -jar '$jar' lsp"
fi
export RUBRIC_CMD
echo "emacs e2e: server: $RUBRIC_CMD" | cut -c1-300

# --- the documents ----------------------------------------------------------------------
work=$(mktemp -d "${TMPDIR:-/tmp}/rubric-emacs-e2e.XXXXXX")
trap 'rm -rf "$work"' EXIT
for name in design design2 design3; do cp "$repo/clients/testdata/missing-monitoring.md" "$work/$name.md"; done
export RUBRIC_E2E_DIR="$work"
export HOME="$work/home"; mkdir -p "$HOME"   # no user init, no ~/.emacs.d state

# --- run --------------------------------------------------------------------------------
status=0
timeout "${RUBRIC_E2E_LIMIT_S:-150}" emacs --batch -l "$here/test/e2e.el" </dev/null >"$work/out.txt" 2>&1 || status=$?
cat "$work/out.txt"
if [ "$status" -ne 0 ] || ! grep -q '^PASS: emacs e2e' "$work/out.txt"; then
  [ "$status" -eq 124 ] && fail "emacs did not finish within ${RUBRIC_E2E_LIMIT_S:-150} s"
  fail "emacs exited with $status"
fi
echo "emacs e2e: passed in $(( $(date +%s) - started )) s"
