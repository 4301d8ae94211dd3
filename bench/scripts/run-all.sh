#!/usr/bin/env bash
# Every benchmark, in the order the README reports them. Builds once, then (unless
# NO_WAIT=1) waits up to 20 minutes for the 1-minute load average to drop below MAX_LOAD
# (1.0) so a shared machine's other work disturbs the figures as little as possible; the load
# at the start of each benchmark is written into its result file.
#   results: bench/results/*.txt, *.csv, *.md      raw runs: bench/work/ (git-ignored)
#   BEFORE_JAR: also benchmark an older rubric.jar with JMH (results/jmh-before.*)
source "$(dirname "$0")/common.sh"
build_jars
export RUBRIC_BENCH_NO_BUILD=1
if [ -z "${NO_WAIT:-}" ]; then
  for i in $(seq 20); do
    awk -v l="$(load1)" -v m="${MAX_LOAD:-1.0}" 'BEGIN { exit !(l < m) }' && break
    echo "bench: load average $(load1) >= ${MAX_LOAD:-1.0}; waiting a minute ($i/20)" >&2
    sleep 60
  done
fi
here=$(dirname "$0")
"$here/jmh.sh"
# BEFORE_JAR=path/to/older/rubric.jar: the same JMH run against that build, for before/after
if [ -n "${BEFORE_JAR:-}" ]; then JMH_NAME=jmh-before JMH_BEFORE_JAR="$BEFORE_JAR" "$here/jmh.sh"; fi
"$here/cold-start.sh"
"$here/cli-vs-markdownlint.sh"
"$here/lsp-latency.sh"
"$here/memory.sh"
