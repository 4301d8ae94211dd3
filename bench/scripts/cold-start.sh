#!/usr/bin/env bash
# Cold start: a new JVM per run of `rubric check one.md` (one generated 200-line design doc).
# Compares the launcher as users run it (./rubric: static AppCDS archive + C1 + SerialGC) with
# the same flags without the archive and with a bare `java -jar`. Target: <= 0.5 s median.
#   env: RUNS (20); BEFORE_JAR, an older build to compare with, and BEFORE_JSA, the class-data
#   archive that build's launcher made for it (optional)
source "$(dirname "$0")/common.sh"
RUNS=${RUNS:-20}
need_hyperfine
build_jars
one="$WORK/one.md"
java -cp "$BENCH_JAR" dev.rubric.bench.DesignDocGenerator --lines 200 --seed 1 --out "$one"
"$ROOT/rubric" --version >/dev/null   # creates the CDS archive if missing (not timed)
out="$RESULTS/cold-start"
machine > "$out.txt"
before=()
if [ -n "${BEFORE_JAR:-}" ]; then   # an older build, with the flags the launcher used to pass
  before_cds=""
  if [ -n "${BEFORE_JSA:-}" ]; then before_cds="-XX:SharedArchiveFile=$BEFORE_JSA -Xlog:cds=off -Xlog:cds+dynamic=off"; fi
  before=(--command-name "before: java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 ${BEFORE_JSA:+(with its archive) }-jar BEFORE_JAR check one.md"
          "java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto $before_cds -jar $BEFORE_JAR check $one")
fi
hyperfine --style basic -N --warmup 3 --runs "$RUNS" --ignore-failure \
  --command-name "./rubric check one.md (launcher: static AppCDS + C1 + SerialGC)" "$ROOT/rubric check $one" \
  --command-name "same flags, no CDS archive (RUBRIC_NO_CDS=1)" "env RUBRIC_NO_CDS=1 $ROOT/rubric check $one" \
  --command-name "java -jar rubric.jar check one.md (no flags)" "java -jar $JAR check $one" \
  "${before[@]}" \
  --export-json "$WORK/cold-start.json" --export-markdown "$out.md" | tee -a "$out.txt"
python3 - "$WORK/cold-start.json" <<'PY' | tee -a "$out.txt"
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print(f"median {r['median']:.3f} s  (min {r['min']:.3f}, max {r['max']:.3f})  {r['command']}")
PY
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out.txt"
