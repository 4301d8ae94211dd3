# Sourced by the benchmark scripts: paths, the builds they need, and the machine facts each
# result file records. Not executable on its own.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BENCH="$ROOT/bench"
RESULTS="${RESULTS:-$BENCH/results}"
WORK="$BENCH/work"            # generated corpora and raw runs (git-ignored)
JAR="$ROOT/server/target/rubric.jar"
BENCH_JAR="$BENCH/target/benchmarks.jar"
mkdir -p "$RESULTS" "$WORK"

# Builds the server jar and bench/target/benchmarks.jar (skipped when RUBRIC_BENCH_NO_BUILD=1,
# as run-all.sh does after building once).
build_jars() {
  if [ -n "${RUBRIC_BENCH_NO_BUILD:-}" ] && [ -f "$JAR" ] && [ -f "$BENCH_JAR" ]; then return; fi
  echo "bench: building rubric.jar and benchmarks.jar..." >&2
  (cd "$ROOT" && mvn -q -B -Dstyle.color=never -DskipTests -Pbench package -pl server,bench -am >&2)
}

# hyperfine (cold-start.sh times whole runs with it), from Debian's packages when missing:
# as root, or through sudo.
need_hyperfine() {
  command -v hyperfine >/dev/null 2>&1 && return
  echo "bench: installing hyperfine with apt-get" >&2
  local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq >&2 && $sudo apt-get install -y -qq hyperfine >&2 \
    || { echo "bench: could not install hyperfine (apt-get)" >&2; exit 1; }
}

load1() { cut -d' ' -f1 /proc/loadavg; }

# One line: cores, JDK, CPU model, load average now. Every result file starts with it.
machine() {
  local cpu
  cpu=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | sed 's/^ *//')
  echo "machine: nproc=$(nproc), $(java -version 2>&1 | head -n 1), cpu: ${cpu:-unknown}, load average (1/5/15 min): $(cut -d' ' -f1-3 /proc/loadavg)"
}

# A 200-line-per-doc corpus of N generated design docs (deterministic: seed 42).
corpus() {
  local n=$1 lines=${2:-200} dir="$WORK/corpus-$1x${2:-200}"
  if [ ! -f "$dir/.complete" ]; then
    rm -rf "$dir"
    java -cp "$BENCH_JAR" dev.rubric.bench.DesignDocGenerator --docs "$n" --lines "$lines" --seed 42 --out "$dir" >&2
    touch "$dir/.complete"
  fi
  echo "$dir"
}
