#!/usr/bin/env bash
# JMH: Flexmark parse-only (as it comes, autolink extension included; and the same tree as Rubric
# parses it) vs full lint (one thread, and both cores as the language server lints)
# on generated 200-, 2,000- and 10,000-line design docs.
# Settings (in LintBenchmark): 2 forks, 15 x 2 s warm-up each (the JIT needs it: with two cores busy its
# compiler threads compete with the benchmark), 5 x 2 s measurement, average time.
# Targets: lint <= 1.5x parse at each size; lint(10,000) <= 60x lint(200).
#   JMH_ARGS: extra JMH options, e.g. "-prof jfr" or "-p lines=2000"
#   JMH_BEFORE_JAR: a rubric.jar from an earlier commit to benchmark instead (before/after)
source "$(dirname "$0")/common.sh"
build_jars
name=${JMH_NAME:-jmh}
cp="$BENCH_JAR"
if [ -n "${JMH_BEFORE_JAR:-}" ]; then
  # the benchmarks without this build's Rubric classes, in front of the older jar (which
  # brings its own): rules are found by listing their package, so one copy only
  python3 - "$BENCH_JAR" "$WORK/benchmarks-without-rubric.jar" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as src, zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED) as dst:
    for item in src.infolist():
        if item.filename.startswith("dev/rubric/") and not item.filename.startswith("dev/rubric/bench/"):
            continue
        dst.writestr(item, src.read(item.filename))
PY
  cp="$JMH_BEFORE_JAR:$WORK/benchmarks-without-rubric.jar"
fi
out="$RESULTS/$name"
machine > "$out.txt"
java -cp "$cp" org.openjdk.jmh.Main LintBenchmark -rf csv -rff "$out.csv" ${JMH_ARGS:-} | tee "$WORK/$name.log" | grep -E '^(Benchmark|LintBenchmark)' | tee -a "$out.txt"
python3 - "$out.csv" <<'PY' | tee -a "$out.txt"
import csv, sys
rows = {}
for r in csv.DictReader(open(sys.argv[1])):
    rows[(r["Benchmark"].rsplit(".", 1)[1], int(r["Param: lines"]))] = float(r["Score"])
sizes = sorted({k[1] for k in rows})
for n in sizes:
    p, l, b = rows.get(("parse", n)), rows.get(("lint", n)), rows.get(("lintBothCores", n))
    r = rows.get(("parseAsRubric", n))
    if p and r:
        print(f"{n:>6} lines: parse {p / 1000:9.3f} ms, the same tree as Rubric parses it {r / 1000:9.3f} ms ({r / p:4.2f}x)")
    if p and l:
        print(f"{n:>6} lines: parse {p / 1000:9.3f} ms, lint {l / 1000:9.3f} ms, lint/parse {l / p:5.2f}x (target <= 1.5x: {'met' if l / p <= 1.5 else 'NOT met'})")
    if p and b:
        print(f"{n:>6} lines: parse {p / 1000:9.3f} ms, lint on both cores {b / 1000:9.3f} ms, lint/parse {b / p:5.2f}x (target <= 1.5x: {'met' if b / p <= 1.5 else 'NOT met'})")
if ("lint", 200) in rows and ("lint", 10000) in rows:
    g = rows[("lint", 10000)] / rows[("lint", 200)]
    print(f"growth lint(10,000) / lint(200): {g:.1f}x (target <= 60x: {'met' if g <= 60 else 'NOT met'})")
PY
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out.txt"
