#!/usr/bin/env bash
# JMH: Flexmark parse-only (as it comes, autolink extension included; and the same tree as Rubric
# parses it) vs full lint (one thread, and both cores as the language server lints)
# on generated 200-, 2,000- and 10,000-line design docs.
# Settings (in LintBenchmark): 15 x 2 s warm-up per fork (the JIT needs it: with two cores busy its
# compiler threads compete with the benchmark), 5 x 2 s measurement, average time.
# Interleaved rounds: the machine is shared and its speed changes from minute to minute (one run's
# Flexmark forks took 1.59 ms where the run before took 0.90 ms), so a lint fork and a parse fork
# run minutes apart are not comparable. Each round runs one fork of every benchmark, size by size,
# the benchmarks of a size back to back (in the opposite order in the next round), and the verdict
# is the median over the rounds of each round's own lint / parse ratio.
# Targets: lint <= 1.5x parse at each size; lint(10,000) <= 60x lint(200).
#   JMH_ROUNDS: rounds (default 3); JMH_SIZES: document sizes in lines (default "200 2000 10000")
#   JMH_ARGS: extra JMH options, e.g. "-prof jfr"
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
rounds=${JMH_ROUNDS:-3}
sizes=${JMH_SIZES:-200 2000 10000}
benchmarks=(parse parseAsRubric lint lintBothCores)
raw="$WORK/$name-rounds"
rm -rf "$raw" && mkdir -p "$raw"
machine > "$out.txt"
echo "interleaved: $rounds round(s), one fork per benchmark and size in each; sizes: $sizes" | tee -a "$out.txt"
: > "$WORK/$name.log"
for round in $(seq 1 "$rounds"); do
  for lines in $sizes; do
    order=("${benchmarks[@]}")
    if [ $((round % 2)) -eq 0 ]; then # the same benchmarks backwards
      order=()
      for ((i = ${#benchmarks[@]} - 1; i >= 0; i--)); do order+=("${benchmarks[i]}"); done
    fi
    for b in "${order[@]}"; do
      java -cp "$cp" org.openjdk.jmh.Main "LintBenchmark\.$b\$" -f 1 -p lines="$lines" \
        -rf csv -rff "$raw/r$round-$lines-$b.csv" ${JMH_ARGS:-} >> "$WORK/$name.log" 2>&1
      echo "round $round, $lines lines, $b: $(tail -n 1 "$raw/r$round-$lines-$b.csv" | cut -d, -f5) us/op (load $(load1))" | tee -a "$out.txt"
    done
  done
done
python3 - "$raw" "$out.csv" <<'PY' | tee -a "$out.txt"
import csv, glob, os, statistics, sys
raw, combined = sys.argv[1], sys.argv[2]
scores = {}  # (round, benchmark, lines) -> (score, error) in us/op
for path in glob.glob(os.path.join(raw, "r*.csv")):
    rnd = int(os.path.basename(path)[1:].split("-")[0])
    for r in csv.DictReader(open(path)):
        b = r["Benchmark"].rsplit(".", 1)[1]
        scores[(rnd, b, int(r["Param: lines"]))] = (float(r["Score"]), float(r["Score Error (99.9%)"] or "nan"))
with open(combined, "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["round", "benchmark", "lines", "score_us", "error_us"])
    for (rnd, b, n), (s, e) in sorted(scores.items()):
        w.writerow([rnd, b, n, f"{s:.3f}", f"{e:.3f}"])
rounds = sorted({k[0] for k in scores})
sizes = sorted({k[2] for k in scores})
def ratios(top, bottom, n):
    return [scores[(r, top, n)][0] / scores[(r, bottom, n)][0] for r in rounds
            if (r, top, n) in scores and (r, bottom, n) in scores]
def med(b, n):
    v = [scores[(r, b, n)][0] for r in rounds if (r, b, n) in scores]
    return statistics.median(v) if v else None
for n in sizes:
    p = med("parse", n)
    if p is None:
        continue
    line = f"{n:>6} lines: parse {p / 1000:7.3f} ms (median of rounds)"
    r = ratios("parseAsRubric", "parse", n)
    if r:
        line += f"; the same tree as Rubric parses it {statistics.median(r):4.2f}x"
    print(line)
    for b, label in (("lint", "lint"), ("lintBothCores", "lint on both cores")):
        r = ratios(b, "parse", n)
        if not r:
            continue
        m = statistics.median(r)
        each = ", ".join(f"{x:.2f}" for x in r)
        print(f"{n:>6} lines: {label} {med(b, n) / 1000:7.3f} ms; lint/parse median {m:4.2f}x (rounds: {each}) "
              f"(target <= 1.5x: {'met' if m <= 1.5 else 'NOT met'})")
growth = [scores[(r, "lint", 10000)][0] / scores[(r, "lint", 200)][0] for r in rounds
          if (r, "lint", 10000) in scores and (r, "lint", 200) in scores]
if growth:
    m = statistics.median(growth)
    print(f"growth lint(10,000) / lint(200): median {m:.1f}x (rounds: {', '.join(f'{x:.1f}' for x in growth)}) "
          f"(target <= 60x: {'met' if m <= 60 else 'NOT met'})")
PY
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out.txt"
