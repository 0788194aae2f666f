#!/usr/bin/env bash
# dockwright side by side with two peer Dockerfile linters from npm, dockerfilelint 1.8.0 and
# dockerfile-utils 0.16.3, on the same files:
#   (a) one small file, a whole process each run (each tool's own command line);
#   (b) a generated corpus of COUNT files in one process (dockwright lints the directory in one JVM; each
#       peer lints every file in one node process through bench/peer-lint.js, which calls its lint API).
# Prints a Markdown table: median wall time and median peak RSS (/usr/bin/time) of RUNS runs, and the
# ratio dockwright / peer (below 1: dockwright is faster). dockwright runs twice: with its default rules,
# and with --ignore DW4033, since DW4033 runs ShellCheck, an external process per file the peers do not run.
#
# Usage: bench/compare.sh [COUNT] [RUNS] [CORPUS_RUNS]      defaults: 1000 5 3
# The peers are installed with npm into $DOCKWRIGHT_PEERS_DIR (default target/bench-peers), outside git.
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-1000}"
runs="${2:-5}"
corpus_runs="${3:-3}"
peers="${DOCKWRIGHT_PEERS_DIR:-$PWD/target/bench-peers}"

for tool in node npm; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "compare.sh: '$tool' is not on PATH; install Node.js 18 or later (with npm) to run the peers" >&2
    exit 2
  fi
done
if [ ! -x /usr/bin/time ]; then
  echo "compare.sh: /usr/bin/time is missing (it measures peak RSS); install GNU time (Debian: apt-get install time)" >&2
  exit 2
fi

installed_version() {
  node -e 'try { console.log(require(process.argv[1] + "/package.json").version) } catch (e) { console.log("") }' \
    "$peers/node_modules/$1"
}
if [ "$(installed_version dockerfilelint)" != 1.8.0 ] || [ "$(installed_version dockerfile-utils)" != 0.16.3 ]; then
  echo "installing dockerfilelint@1.8.0 and dockerfile-utils@0.16.3 into $peers" >&2
  mkdir -p "$peers"
  if ! npm install --prefix "$peers" --no-audit --no-fund --silent dockerfilelint@1.8.0 dockerfile-utils@0.16.3 >&2; then
    echo "compare.sh: npm could not install the peers into $peers; check that the npm registry is reachable" >&2
    exit 2
  fi
fi

[ -f target/dockwright.jar ] || mvn -B -q -DskipTests package
mvn -B -q -o test-compile >/dev/null
mvn -B -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/jmh.classpath >/dev/null
cp="target/test-classes:target/classes:$(cat target/jmh.classpath)"
# Outside the repository: the directory walk honours .gitignore, which ignores target/.
corpus="${TMPDIR:-/tmp}/dockwright-compare-corpus-$count"
rm -rf "$corpus"
java -cp "$cp" dev.dockwright.bench.CorpusGenerator "$corpus" "$count" 42 >/dev/null
small="$corpus/p000/svc0000.Dockerfile"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# measure LABEL RUNS COMMAND...: runs COMMAND, records "LABEL<TAB>median wall s<TAB>median peak KB".
# Exit status 1 is "findings" for every tool here; anything above is a failed run and stops the script.
measure() {
  local label="$1" n="$2"
  shift 2
  : >"$work/samples"
  for _ in $(seq "$n"); do
    local status=0
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/out" 2>"$work/err" || status=$?
    if [ "$status" -gt 1 ]; then
      echo "compare.sh: '$label' failed with exit status $status:" >&2
      head -5 "$work/err" >&2
      exit 1
    fi
    tail -1 "$work/time" >>"$work/samples"
  done
  local wall rss
  wall=$(awk '{print $1}' "$work/samples" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}')
  rss=$(awk '{print $2}' "$work/samples" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}')
  printf '%s\t%s\t%s\n' "$label" "$wall" "$rss" >>"$work/results"
  printf '  %-58s %6.2f s %7.0f MB\n' "$label" "$wall" "$(awk -v k="$rss" 'BEGIN {print k/1024}')" >&2
}

dw=(bin/dockwright lint --exit-zero --quiet --format gnu)
jar=(java -jar target/dockwright.jar lint --exit-zero --quiet --format gnu)
bin="$peers/node_modules/.bin"
driver=(env NODE_PATH="$peers/node_modules" node bench/peer-lint.js)
bin/dockwright --version >/dev/null  # builds the jar now if the sources are newer, not inside a timed run
# The downloads a release ships (mvn package writes them): the one file, run on the machine's Java with its
# per-user class-data archive in a cache of this run (the first, untimed run writes it), and the bundle,
# unpacked elsewhere and run on its own runtime and AOT cache.
version="$(java -jar target/dockwright.jar --version | sed 's/^dockwright //')"
if [ ! -x target/dockwright ] || [ ! -f "target/dockwright-$version-linux-x64.tar.gz" ] \
    || [ target/dockwright -ot target/dockwright.jar ]; then
  mvn -B -q -DskipTests package
fi
tar -xzf "target/dockwright-$version-linux-x64.tar.gz" -C "$work"
bundle=("$work/dockwright-$version/bin/dockwright" lint --exit-zero --quiet --format gnu)
single=(env XDG_CACHE_HOME="$work/cache" target/dockwright lint --exit-zero --quiet --format gnu)
"${single[@]}" "$small" >/dev/null

echo "one file ($(wc -c <"$small") bytes), $runs runs each:" >&2
measure "file|dockwright, default rules (bin/dockwright)" "$runs" "${dw[@]}" "$small"
measure "file|dockwright --ignore DW4033 (bin/dockwright)" "$runs" "${dw[@]}" --ignore DW4033 "$small"
measure "file|dockwright --ignore DW4033 (java -jar)" "$runs" "${jar[@]}" --ignore DW4033 "$small"
measure "file|dockwright, default rules (target/dockwright, one file)" "$runs" "${single[@]}" "$small"
measure "file|dockwright --ignore DW4033 (target/dockwright, one file)" "$runs" "${single[@]}" --ignore DW4033 "$small"
measure "file|dockwright, default rules (bundle)" "$runs" "${bundle[@]}" "$small"
measure "file|dockwright --ignore DW4033 (bundle)" "$runs" "${bundle[@]}" --ignore DW4033 "$small"
measure "file|dockerfilelint" "$runs" "$bin/dockerfilelint" "$small"
measure "file|dockerfile-utils" "$runs" "$bin/dockerfile-utils" lint "$small"

echo "corpus of $count files ($(du -sb "$corpus" | awk '{printf "%.1f MB", $1/1e6}')), $corpus_runs runs each:" >&2
measure "corpus|dockwright, default rules (bin/dockwright)" "$corpus_runs" "${dw[@]}" "$corpus"
measure "corpus|dockwright --ignore DW4033 (bin/dockwright)" "$corpus_runs" "${dw[@]}" --ignore DW4033 "$corpus"
measure "corpus|dockwright --ignore DW4033 (java -jar)" "$corpus_runs" "${jar[@]}" --ignore DW4033 "$corpus"
measure "corpus|dockwright --ignore DW4033 (bundle)" "$corpus_runs" "${bundle[@]}" --ignore DW4033 "$corpus"
measure "corpus|dockerfilelint (API, one node process)" "$corpus_runs" "${driver[@]}" dockerfilelint "$corpus"
measure "corpus|dockerfile-utils (API, one node process)" "$corpus_runs" "${driver[@]}" dockerfile-utils "$corpus"

echo
echo "| input | tool | median wall | median peak RSS | dockwright / dockerfilelint | dockwright / dockerfile-utils |"
echo "|---|---|---|---|---|---|"
awk -F"\t" -v n="$count" '
  { split($1, k, "|"); input[NR] = k[1]; tool[NR] = k[2]; wall[NR] = $2; rss[NR] = $3
    if (k[2] ~ /^dockerfilelint/) { lintWall[k[1]] = $2; lintRss[k[1]] = $3 }
    if (k[2] ~ /^dockerfile-utils/) { utilsWall[k[1]] = $2; utilsRss[k[1]] = $3 } }
  END {
    for (i = 1; i <= NR; i++) {
      vs1 = vs2 = ""
      if (tool[i] ~ /^dockwright/) {
        vs1 = sprintf("%.1fx time, %.1fx RSS", wall[i] / lintWall[input[i]], rss[i] / lintRss[input[i]])
        vs2 = sprintf("%.1fx time, %.1fx RSS", wall[i] / utilsWall[input[i]], rss[i] / utilsRss[input[i]])
      }
      printf "| %s | %s | %.2f s | %.0f MB | %s | %s |\n", (input[i] == "file" ? "one file" : n " files"), tool[i],
        wall[i], rss[i] / 1024, vs1, vs2
    }
  }' "$work/results"
