#!/usr/bin/env bash
# The steps of the dockwright GitHub Action (action.yml at the repository root), one subcommand a step:
#
#   setup  say whether Java 17+ must be set up; download the release asset of the action's ref, or plan a
#          build from the action's checkout (with a cache key for it)
#   build  build target/dockwright in the action's checkout
#   lint   run dockwright once: the requested report, and SARIF for code scanning; always exits 0 once
#          dockwright has run, so that the SARIF is uploaded before `gate` fails the job
#   gate   fail the job on the lint's exit code, unless no-fail is set and the code is 1 (findings)
#
# action.yml passes everything as environment variables:
#   INPUT_DOCKERFILE         a file, a directory (searched for Dockerfiles) or a glob (bash globstar); default .
#   INPUT_FORMAT             the report's format; default tty
#   INPUT_OUTPUT_FILE        the report's file; empty: the job log
#   INPUT_FAILURE_THRESHOLD  passed as --failure-threshold; empty: the config file's, else info
#   INPUT_CONFIG             passed as --config; empty: dockwright looks for a config file itself
#   INPUT_IGNORE             rules to skip, separated by commas or blanks; one --ignore each
#   INPUT_NO_FAIL            true or false: findings do not fail the job
#   INPUT_SARIF_UPLOAD       true or false: also write SARIF for upload-sarif
#   DOCKWRIGHT_ACTION_REPOSITORY, DOCKWRIGHT_ACTION_REF
#                            github.action_repository and github.action_ref (setup): where the asset is
#   DOCKWRIGHT_BIN           the dockwright executable (lint): setup's output `executable`
#   DOCKWRIGHT_EXIT_CODE     the lint's exit code (gate): lint's output `exit-code`
# and the runner's GITHUB_OUTPUT, GITHUB_ACTION_PATH (default: this script's checkout), RUNNER_TEMP, RUNNER_OS.
# Overridable, so that tests need no network and no Maven:
#   DOCKWRIGHT_RELEASES_URL  default https://github.com; the asset is <it>/<repository>/releases/download/<ref>/dockwright
#   DOCKWRIGHT_BUILD         the build command, run by bash in the checkout; default mvn -B -q -DskipTests package
set -euo pipefail

readonly FORMATS=(tty gnu json sarif checkstyle gitlab junit)
checkout="${GITHUB_ACTION_PATH:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
temp="${RUNNER_TEMP:-${TMPDIR:-/tmp}}"

die() {
  echo "dockwright action: $*" >&2
  exit 2
}

note() {
  echo "dockwright action: $*" >&2
}

output() {
  printf '%s=%s\n' "$1" "$2" >>"${GITHUB_OUTPUT:-/dev/null}"
}

# Prints true or false for the input named $1 holding $2 (any case, as GitHub's expressions compare).
boolean() {
  case "$(printf '%s' "$2" | tr '[:upper:]' '[:lower:]')" in
    true) echo true ;;
    false) echo false ;;
    *) die "input '$1' must be true or false, not '$2'" ;;
  esac
}

# The Java feature version (8, 17, 21) of the java at $1, or nothing when there is none.
java_feature() {
  command -v "$1" >/dev/null 2>&1 || return 0
  local version
  version="$("$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')"
  version="${version#1.}"
  echo "${version%%.*}"
}

# Java 17+ is there when both candidates for the single-file executable are 17+: $JAVA_HOME's java (when
# JAVA_HOME is set) and the java on PATH. Otherwise actions/setup-java runs; it sets both.
needs_java() {
  local java feature
  for java in ${JAVA_HOME:+"$JAVA_HOME/bin/java"} java; do
    feature="$(java_feature "$java")"
    if [ -z "$feature" ] || [ "$feature" -lt 17 ]; then
      echo true
      return
    fi
  done
  echo false
}

# A digest of the checkout as the build reads it, so a branch that moves does not reuse an older build.
source_digest() {
  local sha=(sha256sum)
  command -v sha256sum >/dev/null 2>&1 || sha=(shasum -a 256)
  (cd "$checkout" && find . -path ./target -prune -o -path ./.git -prune -o -type f -print0 | LC_ALL=C sort -z \
    | xargs -0 "${sha[@]}") | "${sha[@]}" | cut -c1-16
}

setup() {
  output needs-java "$(needs_java)"
  local repository="${DOCKWRIGHT_ACTION_REPOSITORY:-}" ref="${DOCKWRIGHT_ACTION_REF:-}"
  if [ -n "$repository" ] && [ -n "$ref" ]; then
    local url="${DOCKWRIGHT_RELEASES_URL:-https://github.com}/$repository/releases/download/$ref/dockwright"
    local dir="$temp/dockwright-action" error
    mkdir -p "$dir"
    if ! command -v curl >/dev/null 2>&1; then
      note "curl is not installed: building dockwright $ref from source"
    elif error="$(curl --fail --silent --show-error --location --retry 3 --output "$dir/dockwright.part" "$url" 2>&1)"; then
      chmod +x "$dir/dockwright.part"
      mv "$dir/dockwright.part" "$dir/dockwright"
      note "using the release asset $url"
      output executable "$dir/dockwright"
      output build false
      return
    else
      rm -f "$dir/dockwright.part"
      note "no release asset for $ref ($error): building dockwright from source"
    fi
  else
    note "the action's repository and ref are unknown (a local action?): building dockwright from source"
  fi
  local prefix
  prefix="dockwright-build-${RUNNER_OS:-unknown}-$(printf '%s' "${ref:-local}" | tr -c 'A-Za-z0-9._-' '-')-"
  output executable "$checkout/target/dockwright"
  output build true
  output cache-key "$prefix$(source_digest)"
  output cache-restore-key "$prefix"
}

build() {
  local command="${DOCKWRIGHT_BUILD:-mvn -B -q -DskipTests package}"
  if [ -z "${DOCKWRIGHT_BUILD:-}" ] && ! command -v mvn >/dev/null 2>&1; then
    die "building dockwright from source needs Maven (mvn), which is not installed; use the action at a release tag"
  fi
  note "building dockwright in $checkout: $command"
  (cd "$checkout" && bash -c "$command") || die "the build failed: $command (in $checkout)"
  [ -x "$checkout/target/dockwright" ] || die "the build did not produce $checkout/target/dockwright"
}

# Fills the array `paths` with what the input `dockerfile` names: a glob's matches, else the path as given.
dockerfile_paths() {
  local pattern="${INPUT_DOCKERFILE:-.}" match
  paths=()
  if [ -e "$pattern" ] || [[ "$pattern" != *[*?[]* ]]; then
    paths=("$pattern")
    return
  fi
  local IFS=
  shopt -s globstar nullglob
  for match in $pattern; do
    # BuildKit's per-Dockerfile ignore files, which **/Dockerfile* matches too, are not Dockerfiles.
    [[ "$match" == *.dockerignore ]] || paths+=("$match")
  done
  shopt -u globstar nullglob
  [ "${#paths[@]}" -gt 0 ] || die "input 'dockerfile': no file matches '$pattern'"
}

lint() {
  local format sarif_upload
  format="$(printf '%s' "${INPUT_FORMAT:-tty}" | tr '[:upper:]' '[:lower:]')"
  [[ " ${FORMATS[*]} " == *" $format "* ]] \
    || die "input 'format' must be one of ${FORMATS[*]}, not '${INPUT_FORMAT:-}'"
  boolean no-fail "${INPUT_NO_FAIL:-false}" >/dev/null # gate reads it; a typo should stop the run here
  sarif_upload="$(boolean sarif-upload "${INPUT_SARIF_UPLOAD:-true}")"
  [ -n "${DOCKWRIGHT_BIN:-}" ] || die "DOCKWRIGHT_BIN is not set: run the setup step first"
  local paths
  dockerfile_paths

  # --output pairs with --format by position: the report without a file comes last, so it goes to the log.
  local args=(lint) sarif=""
  if [ "$sarif_upload" = true ]; then
    sarif="$temp/dockwright.sarif"
    rm -f "$sarif"
    args+=(--format sarif --output "$sarif")
  fi
  args+=(--format "$format")
  [ -z "${INPUT_OUTPUT_FILE:-}" ] || args+=(--output "$INPUT_OUTPUT_FILE")
  [ -z "${INPUT_FAILURE_THRESHOLD:-}" ] || args+=(--failure-threshold "$INPUT_FAILURE_THRESHOLD")
  [ -z "${INPUT_CONFIG:-}" ] || args+=(--config "$INPUT_CONFIG")
  local ignore="${INPUT_IGNORE:-}" rules rule
  read -r -d '' -a rules <<<"${ignore//,/ }" || true
  for rule in "${rules[@]}"; do
    args+=(--ignore "$rule")
  done
  args+=(-- "${paths[@]}")

  local code=0 shown
  printf -v shown '%q ' "$DOCKWRIGHT_BIN" "${args[@]}"
  note "running: ${shown% }"
  "$DOCKWRIGHT_BIN" "${args[@]}" || code=$?
  output exit-code "$code"
  if [ -n "$sarif" ] && [ -s "$sarif" ]; then
    output sarif-file "$sarif"
  fi
}

gate() {
  local code="${DOCKWRIGHT_EXIT_CODE:-}" no_fail
  no_fail="$(boolean no-fail "${INPUT_NO_FAIL:-false}")"
  [[ "$code" =~ ^[0-9]+$ ]] || die "no exit code from the lint step (got '$code')"
  case "$code" in
    0) ;;
    1)
      if [ "$no_fail" = true ]; then
        note "findings at or above the failure threshold; no-fail is set, so the job goes on"
      else
        note "findings at or above the failure threshold (see the lint step); no-fail: true lets the job go on"
        exit 1
      fi
      ;;
    *)
      note "dockwright could not lint (exit $code; see the lint step)"
      exit "$code"
      ;;
  esac
}

case "${1:-}" in
  setup | build | lint | gate) "$1" ;;
  *) die "usage: action.sh setup|build|lint|gate (the steps of action.yml)" ;;
esac
