#!/usr/bin/env bash
# The `dockwright` pre-commit hook end to end, the way a user's first commit meets it: a throwaway repository
# whose .pre-commit-config.yaml pins this checkout's HEAD; pre-commit clones it into its cache, and the hook
# builds target/dockwright.jar there with Maven on first use. A bad Dockerfile must be rejected with its
# findings shown, then a good one accepted (by the jar built the first time). Needs git, pre-commit, Java 17+
# and Maven. Tests the committed HEAD: commit hook changes before running it.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
rev=$(git -C "$root" rev-parse HEAD)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PRE_COMMIT_HOME="$work/cache" NO_COLOR=1
git_() { git -c user.name=e2e -c user.email=e2e@example.com -c init.defaultBranch=main "$@"; }

cd "$work"
git_ init -q project
cd project
cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $root
    rev: $rev
    hooks:
      - id: dockwright
        args: [--select, "DW1000,DW3001"]
YAML
printf 'FROM alpine:3.20\nENV JAVA_HOME /opt/java\n' > Dockerfile
git_ add .pre-commit-config.yaml Dockerfile

echo "pre-commit-e2e: first run (builds dockwright in pre-commit's clone of $rev)"
status=0
pre-commit run --files Dockerfile > "$work/bad.log" 2>&1 || status=$?
cat "$work/bad.log"
if [ "$status" -eq 0 ] || ! grep -q 'Dockerfile:2:5: warning \[DW3001 legacy-key-value-format\]' "$work/bad.log"; then
  echo "pre-commit-e2e: FAILED: the bad Dockerfile was not rejected with its finding (exit $status)" >&2
  exit 1
fi

printf 'FROM alpine:3.20\nENV JAVA_HOME=/opt/java\n' > Dockerfile
git_ add Dockerfile
if ! pre-commit run --files Dockerfile > "$work/good.log" 2>&1; then
  cat "$work/good.log"
  echo "pre-commit-e2e: FAILED: the good Dockerfile was rejected" >&2
  exit 1
fi
cat "$work/good.log"
echo "pre-commit-e2e: ok (bad Dockerfile rejected, good one accepted)"
