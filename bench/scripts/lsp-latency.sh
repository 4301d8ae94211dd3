#!/usr/bin/env bash
# Keystroke -> publishDiagnostics through a real LSP client (LSP4J) over the stdio of the real
# server process (`java -jar server/target/rubric.jar lsp`), on a generated 5,000-line design
# doc: one-character edits, each waited for; the configured debounce (200 ms) is subtracted.
# Also documentSymbol latency. Targets: diagnostics p99 <= 20 ms beyond the debounce,
# documentSymbol p99 <= 10 ms.
#   env: LINES (5000), EDITS (200), WARMUP (50), DEBOUNCE (200), SERVER_FLAGS (none)
source "$(dirname "$0")/common.sh"
build_jars
out="$RESULTS/lsp-latency"
machine > "$out.txt"
java -cp "$BENCH_JAR" dev.rubric.bench.LspBench latency \
  --lines "${LINES:-5000}" --edits "${EDITS:-200}" --warmup "${WARMUP:-50}" --debounce "${DEBOUNCE:-200}" --out "$out.csv" \
  -- java ${SERVER_FLAGS:-} -jar "$JAR" lsp | tee -a "$out.txt"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out.txt"
