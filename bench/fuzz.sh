#!/usr/bin/env bash
# Long fuzz run of the whole pipeline (parser, model, every rule but ShellCheck, every fix).
# Usage: bench/fuzz.sh [TRIES] [SEED]    (defaults: 1000000 inputs, seed 1)
# Each distinct crasher is minimized into target/fuzz-crashers/; the summary is the last [fuzz] line.
# Copy a minimized crasher to testdata/fuzz-regressions/ together with its fix.
set -euo pipefail
cd "$(dirname "$0")/.."
tries="${1:-1000000}"
seed="${2:-1}"
mkdir -p target
echo "nproc: $(nproc); load: $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1)"
start=$(date +%s)
nice -n 10 mvn -B -o -q test -Dtest='FuzzProperties#longRun' -Dsurefire.failIfNoSpecifiedTests=false \
  -Ddockwright.fuzz.tries="$tries" -Ddockwright.fuzz.seed="$seed" 2>&1 | tee "target/fuzz-$seed.log" \
  | grep --line-buffered -o '\[fuzz\].*' || true
echo "wall: $(( $(date +%s) - start )) s (Maven and JVM start included); log: target/fuzz-$seed.log"
