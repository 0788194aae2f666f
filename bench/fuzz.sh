#!/usr/bin/env bash
# Coverage-guided fuzzing with Jazzer (JAZZER_FUZZ=1) of one @FuzzTest target, or of all four in turn.
# Usage: bench/fuzz.sh SECONDS [TARGET]   TARGET: parser | pipeline | config | lsp (default: all four,
#        SECONDS shared equally among them)
#
# Each target's corpus grows under .cifuzz-corpus/ (gitignored); the Dockerfiles of testdata/ seed the
# parser, pipeline and language-server targets. Jazzer stops a target at its first finding and writes it as
# crash-*/timeout-*/oom-* into the target's inputs directory. This script then minimizes a parser or pipeline
# finding (FuzzMinimizer) into testdata/fuzz-regressions/<target>-<hash>.Dockerfile, where every build
# replays it, and removes the raw file; a config or language-server finding stays in its inputs directory
# (src/test/resources/.../<Class>Inputs/<method>/), which regression mode replays on every build. An input
# slower than libFuzzer's 10 s (slow-unit-*) goes to bench/fuzz-pending/ instead, out of the replayed inputs.
# Exit status: 0 when no target found anything; 1 naming each finding otherwise. Logs and a summary
# (executions, coverage, corpus, findings) go to target/fuzz/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:?usage: bench/fuzz.sh SECONDS [parser|pipeline|config|lsp]}"
declare -A tests=([parser]='dev.dockwright.parser.ParserFuzzTest#parser'
  [pipeline]='dev.dockwright.engine.PipelineFuzzTest#pipeline'
  [config]='dev.dockwright.config.ConfigFuzzTest#configLoader'
  [lsp]='dev.dockwright.lsp.LspFuzzTest#openAndChange')
if [ -n "${2:-}" ]; then targets=("$2"); else targets=(parser pipeline config lsp); fi
for t in "${targets[@]}"; do [ -n "${tests[$t]:-}" ] || { echo "unknown target '$t': use parser, pipeline, config or lsp" >&2; exit 2; }; done
each=$(( seconds / ${#targets[@]} ))
[ "$each" -ge 10 ] || { echo "SECONDS must give each target at least 10 s" >&2; exit 2; }
out=target/fuzz
mkdir -p "$out"
echo "nproc: $(nproc); load: $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1); $each s per target" \
  | tee -a "$out/summary.txt"
mvn -B -q test-compile >"$out/compile.log" 2>&1 || { cat "$out/compile.log"; exit 1; }

findings=()
for t in "${targets[@]}"; do
  test="${tests[$t]}"
  class="${test%#*}"; method="${test#*#}"
  inputs="src/test/resources/${class//.//}Inputs/$method"
  corpus=".cifuzz-corpus/$class/$method"
  mkdir -p "$corpus"
  if [ "$t" != config ]; then
    # Seed with every Dockerfile of the fixtures under 8 KB (content-addressed, so re-seeding adds nothing
    # twice); the hostile files of 64 KB and more would make every input that large and fuzzing slow.
    find testdata -type f \( -name 'Dockerfile*' -o -name '*.Dockerfile' \) -size -8k -print0 |
      while IFS= read -r -d '' f; do cp -n "$f" "$corpus/seed-$(sha1sum <"$f" | cut -c1-16)"; done
  fi
  before=$(find "$inputs" -maxdepth 1 -type f -printf "%f\n" | sort)
  start=$(date +%s)
  # jazzer.internal.arg.N is libFuzzer's argv (0 is the program name); they come after the annotation's 5m
  # budget, and libFuzzer takes the last value of a flag.
  JAZZER_FUZZ=1 nice -n 19 mvn -B -o -q surefire:test -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false \
    -Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1="-max_total_time=$each" -Djazzer.internal.arg.2=-timeout=120 \
    -Djazzer.internal.arg.3=-max_len=8192 \
    >"$out/$t.log" 2>&1 && status=ok || status=FAILED
  wall=$(( $(date +%s) - start ))
  stats=$(grep -aoE '#[0-9]+[[:space:]]+(DONE|pulse|REDUCE|NEW)[^$]*' "$out/$t.log" | tail -1 || true)
  new=$(comm -13 <(echo "$before") <(find "$inputs" -maxdepth 1 -type f -printf "%f\n" | sort) | grep -E '^(crash|timeout|oom|slow-unit)-' || true)
  line="$t: $status, ${wall} s wall; last libFuzzer line: ${stats:-none}"
  for f in $new; do
    if [[ "$f" == slow-unit-* ]]; then
      # An input slower than libFuzzer's 10 s: kept out of the replayed inputs (it would slow every build)
      hash="${f#slow-unit-}"; mkdir -p bench/fuzz-pending; mv "$inputs/$f" "bench/fuzz-pending/$t-slow-unit-${hash:0:12}"
      findings+=("bench/fuzz-pending/$t-slow-unit-${hash:0:12} (slow input)")
      line="$line; SLOW bench/fuzz-pending/$t-slow-unit-${hash:0:12}"
      continue
    fi
    if [ "$t" = parser ] || [ "$t" = pipeline ]; then
      hash="${f#*-}"; dest="testdata/fuzz-regressions/$t-${hash:0:12}.Dockerfile"
      if mvn -B -o -q surefire:test -Dtest=dev.dockwright.engine.FuzzMinimizer -Dsurefire.failIfNoSpecifiedTests=false \
          -Dfuzz.minimize="$PWD/$inputs/$f" -Dfuzz.target="$t" -Dfuzz.output="$PWD/$dest" >"$out/$t-minimize.log" 2>&1; then
        rm "$inputs/$f"
      else
        cp "$inputs/$f" "$dest"   # a timeout or a flaky failure does not reproduce in one run: keep it whole
      fi
      findings+=("$dest")
      line="$line; FINDING $dest"
    else
      findings+=("$inputs/$f")
      line="$line; FINDING $inputs/$f"
    fi
  done
  if [ "$status" = FAILED ] && [ -z "$new" ]; then
    findings+=("$t: the run failed without a finding; see $out/$t.log")
  fi
  echo "$line" | tee -a "$out/summary.txt"
done
if [ ${#findings[@]} -gt 0 ]; then
  printf 'finding: %s\n' "${findings[@]}" >&2
  exit 1
fi
