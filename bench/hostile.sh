#!/usr/bin/env bash
# Whole-run wall time and peak RSS of `dockwright lint` (every rule but DW4033, the external ShellCheck) on
# each hostile fixture of testdata/hostile/. Goal: under 1 s per MB of input on top of the JVM's start-up
# (the `empty` row). Usage: bench/hostile.sh [JAVA_FLAGS...]   (default: plain `java -jar`)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/dockwright.jar ] || mvn -B -q -o -DskipTests package
work="${TMPDIR:-/tmp}/dockwright-hostile"
rm -rf "$work" && mkdir -p "$work"
for f in testdata/hostile/*; do
  case "$f" in
    *.py|*.md) ;;
    *.gz) gunzip -c "$f" > "$work/$(basename "${f%.gz}")" ;;
    *) cp "$f" "$work/" ;;
  esac
done
: > "$work/empty.Dockerfile"
echo "nproc: $(nproc); load: $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1)"
printf '%-40s %12s %9s %8s %s\n' file bytes wall_s rss_mb findings
for f in "$work/empty.Dockerfile" $(ls -S -r "$work"/* | grep -v '/empty.Dockerfile$'); do
  findings=$(/usr/bin/time -o "$work/time" -f '%e %M' java "$@" -jar target/dockwright.jar lint --exit-zero \
    --no-config --ignore DW4033 --format gnu "$f" 2>"$work/err" | wc -l)
  read -r wall rss < "$work/time"
  printf '%-40s %12d %9s %8d %s\n' "$(basename "$f")" "$(stat -c %s "$f")" "$wall" "$((rss / 1024))" "$findings"
done
