#!/usr/bin/env bash
# The language server on a workspace of 1,000 generated design docs with -Xmx256m: waits for
# the startup scan to publish diagnostics for every file, sends a few requests, then reads the
# heap after a full GC (jcmd GC.heap_info). Fails if the server dies or reports an OOM.
#   env: DOCS (1000), XMX (256m)
source "$(dirname "$0")/common.sh"
build_jars
CORPUS=$(corpus "${DOCS:-1000}" 200)
out="$RESULTS/memory"
machine > "$out.txt"
java -cp "$BENCH_JAR" dev.rubric.bench.LspBench memory --workspace "$CORPUS" --out "$WORK/memory-report.txt" \
  -- java "-Xmx${XMX:-256m}" -Xlog:gc:file="$WORK/memory-gc.log" -jar "$JAR" lsp | tee -a "$out.txt"
echo "GC log: $(grep -c 'Pause' "$WORK/memory-gc.log") pauses; the last: $(grep 'Pause' "$WORK/memory-gc.log" | tail -n 1 | sed 's/^\[[^]]*\]//')" | tee -a "$out.txt"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out.txt"
