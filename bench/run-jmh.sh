#!/usr/bin/env bash
# JMH micro-benchmarks of the front end (ParseBenchmark): parsing, and parsing + building the semantic
# model, of every Dockerfile under testdata/. Results are rates: ops/s (one op = the whole corpus), and the
# secondary "bytes" and "files" counters per second.
# Usage: bench/run-jmh.sh [JMH options]        default: -wi 3 -i 5 -f 1 (short; raise for stable numbers)
#        bench/run-jmh.sh -wi 5 -i 10 -f 2 -jvmArgs -Ddockwright.bench.dir=target/bench-corpus-1000
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/jmh.classpath >/dev/null
cp="target/test-classes:target/classes:$(cat target/jmh.classpath)"
args=("$@")
if [ ${#args[@]} -eq 0 ]; then
  args=(-wi 3 -i 5 -f 1)
fi
exec java -cp "$cp" org.openjdk.jmh.Main 'dev\.dockwright\.bench\.ParseBenchmark\.' "${args[@]}"
