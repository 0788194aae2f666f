#!/usr/bin/env bash
# Latency from didChange to publishDiagnostics for a 200-line Dockerfile (see LspLatencyBench).
#   bench/lsp-latency.sh [inproc|process] [debounceMillis] [warmup] [measured]
# Defaults: inproc 150 200 300. Run with debounce 0 to see the lint and protocol cost alone.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -B -o -q test-compile
cp_file="$(mktemp)"
trap 'rm -f "$cp_file"' EXIT
mvn -B -o -q dependency:build-classpath -Dmdep.outputFile="$cp_file" >/dev/null
exec java -cp "target/test-classes:target/classes:$(cat "$cp_file")" dev.dockwright.bench.LspLatencyBench "$@"
