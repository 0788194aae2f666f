#!/usr/bin/env bash
# Coverage-guided fuzzing with Jazzer of one or all @FuzzTest targets, SECONDS each.
# Usage: bench/fuzz.sh SECONDS [TARGET]   TARGET: parser | pipeline | config | lsp (default: all four)
# Jazzer grows each target's corpus under .cifuzz-corpus/ and writes a crashing input into the target's
# inputs directory (src/test/resources/.../<Class>Inputs/<method>/crash-*), where regression mode replays it;
# logs and a summary go to target/fuzz/. Copy a minimized crasher to testdata/fuzz-regressions/ with its fix.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:?usage: bench/fuzz.sh SECONDS [parser|pipeline|config|lsp]}"
declare -A tests=([parser]='ParserFuzzTest#parser' [pipeline]='PipelineFuzzTest#pipeline'
  [config]='ConfigFuzzTest#configLoader' [lsp]='LspFuzzTest#openAndChange')
targets=("${2:-parser pipeline config lsp}")
out=target/fuzz
mkdir -p "$out"
echo "nproc: $(nproc); load: $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1)"
for t in ${targets[*]}; do
  test="${tests[$t]:?unknown target $t}"
  start=$(date +%s)
  JAZZER_FUZZ=1 nice -n 19 mvn -B -o -q test -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false \
    -Djazzer.max_duration="${seconds}s" >"$out/$t.log" 2>&1 && status=ok || status=FAILED
  stats=$(grep -ao '#[0-9]*[[:space:]]*DONE.*\|#[0-9]*[[:space:]]*pulse.*' "$out/$t.log" | tail -1 || true)
  crashes=$(grep -ac '== Java Exception' "$out/$t.log" || true)
  echo "$t: $status, $(( $(date +%s) - start )) s wall; last libFuzzer line: ${stats:-none}; crashes: $crashes" \
    | tee -a "$out/summary.txt"
done
