#!/usr/bin/env bash
# Whole-process throughput: lint a generated corpus of 1,000 real-world-shaped Dockerfiles in one run.
# Usage: bench/throughput.sh [COUNT] [RUNS] [LINT_OPTIONS...]
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-1000}"
runs="${2:-5}"
[ -f target/dockwright.jar ] || mvn -B -q -DskipTests package
mvn -B -q -o test-compile >/dev/null
cp="target/test-classes:target/classes:$(mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
# Outside the repository: target/ is git-ignored, and the directory walk honours .gitignore.
corpus="${TMPDIR:-/tmp}/dockwright-bench-corpus-$count"
rm -rf "$corpus"
java -cp "$cp" dev.dockwright.bench.CorpusGenerator "$corpus" "$count" 42
du -sb "$corpus" | awk '{printf "corpus: %.1f MB\n", $1/1e6}'
# Through the launcher, with its JVM flags and CDS archive: what users run. Extra arguments go to `lint`
# (e.g. --ignore DW4033 to leave ShellCheck out).
shift 2 2>/dev/null || shift $#
for i in $(seq "$runs"); do
  /usr/bin/time -f "run $i: %e s wall, %U s user, %S s sys, %M KB peak RSS" \
    bin/dockwright lint --exit-zero --quiet --format gnu "$@" "$corpus" > /dev/null
done
