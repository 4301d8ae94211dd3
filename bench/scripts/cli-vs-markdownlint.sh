#!/usr/bin/env bash
# `rubric check` against markdownlint-cli2 on the same 1,000 generated design docs (~200
# lines each), side by side in one hyperfine run. Rubric runs as users run it (./rubric, its
# default --jobs = one per core); markdownlint-cli2 is installed with npm into bench/node/
# (git-ignored), pinned. Both write their findings to /dev/null (hyperfine's default).
# Target: Rubric's median wall time <= 0.5x markdownlint-cli2's.
#   env: DOCS (1000), LINES (200), RUNS (5, after 1 warm-up run)
source "$(dirname "$0")/common.sh"
DOCS=${DOCS:-1000}
LINES=${LINES:-200}
RUNS=${RUNS:-5}
MDL_VERSION=0.24.1
MDL="$BENCH/node/node_modules/.bin/markdownlint-cli2"

build_jars
if [ ! -x "$MDL" ] || ! grep -q "\"version\": \"$MDL_VERSION\"" "$BENCH/node/node_modules/markdownlint-cli2/package.json" 2>/dev/null; then
  echo "bench: installing markdownlint-cli2@$MDL_VERSION into bench/node/ ..." >&2
  npm install --prefix "$BENCH/node" --no-audit --no-fund --loglevel=error "markdownlint-cli2@$MDL_VERSION" >&2
fi
CORPUS=$(corpus "$DOCS" "$LINES")
# the launcher builds the CDS archive on its first run; do that outside the timing
"$ROOT/rubric" --version >/dev/null

out="$RESULTS/cli-vs-markdownlint"
{
  machine
  echo "corpus: $(find "$CORPUS" -name '*.md' | wc -l) docs, $(cat "$CORPUS"/*/*.md | wc -l) lines, $(du -sh --apparent-size "$CORPUS" | cut -f1)"
  echo "rubric: $("$ROOT/rubric" check "$CORPUS" 2>&1 | tail -n 1)"
  mdl_out=$("$MDL" "$CORPUS/**/*.md" 2>&1 || true)
  echo "markdownlint-cli2 $MDL_VERSION: $(echo "$mdl_out" | grep -m1 -i 'linting'), $(echo "$mdl_out" | grep -m1 -i 'summary')"
} > "$out.txt"
cat "$out.txt"

rubric_cmd="$ROOT/rubric check $CORPUS"
mdl_cmd="$MDL '$CORPUS/**/*.md'"
if command -v hyperfine >/dev/null; then
  hyperfine --style basic --warmup 1 --runs "$RUNS" --ignore-failure \
    --command-name "rubric check (default jobs = $(nproc))" "$rubric_cmd" \
    --command-name "markdownlint-cli2 $MDL_VERSION" "$mdl_cmd" \
    --export-json "$WORK/cli-vs-markdownlint.json" --export-markdown "$out.md" | tee -a "$out.txt"
  python3 - "$WORK/cli-vs-markdownlint.json" <<'PY' | tee -a "$out.txt"
import json, sys
r = json.load(open(sys.argv[1]))["results"]
rub, mdl = r[0]["median"], r[1]["median"]
print(f"medians: rubric {rub:.3f} s, markdownlint-cli2 {mdl:.3f} s, ratio {rub / mdl:.2f}x (target <= 0.5x: {'met' if rub / mdl <= 0.5 else 'NOT met'})")
PY
else
  # no hyperfine: alternate the two, RUNS times each, and take medians
  for i in $(seq "$RUNS"); do
    for which in rubric mdl; do
      t0=$(date +%s%N)
      if [ $which = rubric ]; then $rubric_cmd >/dev/null 2>&1 || true; else eval "$mdl_cmd" >/dev/null 2>&1 || true; fi
      echo "$which $(( ($(date +%s%N) - t0) / 1000000 ))"
    done
  done > "$WORK/cli-vs-markdownlint.runs"
  python3 - "$WORK/cli-vs-markdownlint.runs" <<'PY' | tee -a "$out.txt"
import statistics, sys
t = {"rubric": [], "mdl": []}
for line in open(sys.argv[1]):
    k, v = line.split(); t[k].append(int(v) / 1000)
rub, mdl = statistics.median(t["rubric"]), statistics.median(t["mdl"])
print(f"medians of {len(t['rubric'])} runs: rubric {rub:.3f} s, markdownlint-cli2 {mdl:.3f} s, ratio {rub / mdl:.2f}x (target <= 0.5x: {'met' if rub / mdl <= 0.5 else 'NOT met'})")
PY
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out.txt"
