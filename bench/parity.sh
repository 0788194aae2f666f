#!/usr/bin/env bash
# dockwright's agreement with hadolint's rule specs and BuildKit's check tests, from cases derived from
# their sources (run by hand; not a CI gate):
#   hadolint-cases.tsv  every ruleCatches / ruleCatchesNot (and onBuild...) case of hadolint's
#                                    test/Hadolint/Rule/*Spec.hs under the default configuration
#   buildkit-cases.tsv  every checkLinterWarnings case of BuildKit's
#                                    frontend/dockerfile/dockerfile_check_test.go
# (both derived at run time, see below). Each case becomes DIR/<id>/Dockerfile in a temporary directory; one dockwright process lints each set
# (`lint --no-config --format json`), and bench/parity/parity.py maps the findings back by directory and
# prints, per rule and overall, the cases, the agreement and every disagreeing case.
#
#   hadolint: linted with `--select` of every DL code the cases name (hadolint's specs run each rule
#             whatever its default severity, so off-by-default rules such as DL3057 are switched on);
#             a case agrees when dockwright reports a finding of the rule with that DL alias anywhere in
#             the fragment (catch) or none (pass).
#   BuildKit: linted with dockwright's defaults, as BuildKit runs its default checks (the Dockerfile's
#             `# check=` directive is part of the case); a case agrees when the set of (check, line) of
#             dockwright's findings of the case's checks equals the expected set. Cases a static linter
#             is not given enough for (build args, BUILDKIT_* build args, a .dockerignore and build
#             context) are scored apart.
#
# Usage: bench/parity.sh [--only hadolint|buildkit] [--verbose] [DOCKWRIGHT_LINT_FLAGS...]
#   Every other argument goes to both `dockwright lint` runs, e.g. bench/parity.sh --compat hadolint
#   DOCKWRIGHT_JAR   the jar to run (default target/dockwright.jar, built with Maven when missing)
#
#   HADOLINT_SRC, BUILDKIT_SRC  a checkout or git directory of each (default: fetched once, at the commits
#                pinned below, into target/parity/src; needs git and access to github.com)
#
# The cases are derived at every run into target/parity/ (NAME-cases.tsv, and NAME-skipped.tsv: what was left
# out, and why) by bench/parity/extract-hadolint.py and extract-buildkit.py. They are the other projects' test
# inputs (hadolint is GPL-3.0, BuildKit Apache-2.0), so they are not part of this repository.
set -euo pipefail
cd "$(dirname "$0")/.."
export PYTHONDONTWRITEBYTECODE=1

only=""
verbose=()
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --only)
      [ $# -ge 2 ] || { echo "parity.sh: --only needs hadolint or buildkit" >&2; exit 2; }
      only="$2"
      shift 2
      ;;
    --only=*) only="${1#--only=}"; shift ;;
    --verbose) verbose=(--verbose); shift ;;
    *) extra+=("$1"); shift ;;
  esac
done
case "$only" in
  "" | hadolint | buildkit) ;;
  *) echo "parity.sh: --only takes hadolint or buildkit, not '$only'" >&2; exit 2 ;;
esac

for tool in java python3; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "parity.sh: '$tool' is not on PATH" >&2
    exit 2
  fi
done

jar="${DOCKWRIGHT_JAR:-target/dockwright.jar}"
if [ ! -f "$jar" ] && [ -n "${DOCKWRIGHT_JAR:-}" ]; then
  echo "parity.sh: DOCKWRIGHT_JAR=$jar does not exist" >&2
  exit 2
elif [ ! -f "$jar" ]; then
  echo "parity.sh: $jar is missing; building it (mvn package, tests skipped)" >&2
  mvn -B -o -q -DskipTests package -Ddockwright.bundle.skip=true >&2
fi

if [ -z "${DOCKWRIGHT_JAR:-}" ] && [ -n "$(find src pom.xml -newer "$jar" -print -quit 2>/dev/null)" ]; then
  echo "parity.sh: warning: $jar is older than src/ or pom.xml: the figures are for the jar, not the tree" >&2
fi

hadolint_commit=8f936c5e975d3663b3cce4ac5b3baa3db26b8516
buildkit_commit=73ed6825c4b7569379ef89df0aedcdbe64473d31
cases=target/parity
mkdir -p "$cases/src"

# source NAME URL COMMIT: a git directory of NAME at COMMIT, fetched into target/parity/src when not given
source_dir() {
  local name="$1" url="$2" commit="$3" dir="$cases/src/$1"
  if [ ! -d "$dir/.git" ] || [ "$(git -C "$dir" rev-parse HEAD 2>/dev/null)" != "$(git -C "$dir" rev-parse "$commit" 2>/dev/null)" ]; then
    echo "parity.sh: fetching $name $commit from $url into $dir" >&2
    rm -rf "$dir"
    git init -q "$dir"
    if ! git -C "$dir" fetch -q --depth 1 "$url" "$commit" 2>/dev/null && ! git -C "$dir" fetch -q "$url"; then
      echo "parity.sh: cannot fetch $url; set ${name^^}_SRC to a checkout" >&2
      exit 2
    fi
    git -C "$dir" checkout -q "$commit" 2>/dev/null || git -C "$dir" checkout -q FETCH_HEAD
  fi
  printf '%s\n' "$dir"
}
hadolint_src="${HADOLINT_SRC:-$(source_dir hadolint https://github.com/hadolint/hadolint.git "$hadolint_commit")}"
buildkit_src="${BUILDKIT_SRC:-$(source_dir buildkit https://github.com/moby/buildkit.git "$buildkit_commit")}"
python3 bench/parity/extract-hadolint.py "$hadolint_src" "$cases" >&2
python3 bench/parity/extract-buildkit.py "$buildkit_src" "$cases" >&2

tmp="$(mktemp -d "${TMPDIR:-/tmp}/dockwright-parity.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

java -jar "$jar" rules --format json >"$tmp/rules.json"
commit="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [ -n "$(git status --porcelain --untracked-files=no -- src pom.xml 2>/dev/null)" ]; then
  commit="$commit (with uncommitted changes to src/ or pom.xml)"
fi
echo "dockwright $commit, $jar; extra lint flags: ${extra[*]:-none}"
echo

# run_set NAME: lint the cases of target/parity/NAME-cases.tsv and score them
run_set() {
  local name="$1"
  local dir="$tmp/$name" codes rc=0
  mkdir "$dir"
  codes="$(python3 bench/parity/parity.py write "$cases/$name-cases.tsv" "$dir" "$tmp/rules.json")"
  local select=()
  if [ "$name" = hadolint ]; then
    select=(--select "$codes")
  fi
  java -jar "$jar" lint --no-config --format json --exit-zero "${select[@]}" "${extra[@]}" "$dir" \
    >"$tmp/$name.json" || rc=$?
  if [ "$rc" -ne 0 ]; then
    echo "parity.sh: dockwright lint exited with $rc on the $name cases (flags: ${select[*]} ${extra[*]})" >&2
    exit 2
  fi
  python3 bench/parity/parity.py score "$name" "$cases/$name-cases.tsv" "$dir" "$tmp/$name.json" \
    "$tmp/rules.json" "${verbose[@]}"
}

if [ "$only" != buildkit ]; then
  run_set hadolint
fi
if [ "$only" != hadolint ]; then
  run_set buildkit
fi
