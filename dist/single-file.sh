#!/bin/sh
# Writes dockwright as one executable file: a POSIX shell stub followed by the shaded jar (the JVM finds a
# jar's directory at its end, so the stub in front does not disturb it; ktlint ships the same way). The file
# runs on any Java 17 or later, from JAVA_HOME or else PATH.
#
# Usage: dist/single-file.sh JAR OUT
set -eu
if [ "$#" -ne 2 ]; then
  echo "usage: dist/single-file.sh JAR OUT" >&2
  exit 2
fi
jar="$1"
out="$2"
if [ ! -f "$jar" ]; then
  echo "single-file.sh: $jar does not exist; build it first (mvn -DskipTests package)" >&2
  exit 2
fi
tmp="$out.tmp.$$"
trap 'rm -f "$tmp"' EXIT
# The class-data archive is named by the jar's checksum, so that two versions side by side keep one each.
id="$(cksum <"$jar" | cut -d' ' -f1)"
{
  sed "s/@ID@/$id/" <<'STUB'
#!/bin/sh
# dockwright, a Dockerfile linter: this file is a shell script followed by a Java archive. It needs Java 17 or
# later, from JAVA_HOME or PATH. DOCKWRIGHT_JAVA_OPTS adds options for the JVM.
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
  java="$JAVA_HOME/bin/java"
elif command -v java >/dev/null 2>&1; then
  java=java
else
  echo "dockwright: Java 17 or later is needed: install a JDK or JRE, or set JAVA_HOME" >&2
  exit 2
fi
opts="-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss8m"
# The first run on a JVM records the classes it loads in a class-data archive in the user's cache; later runs
# map it and start faster. One archive per dockwright build and Java version: another JVM cannot use it.
cache="${XDG_CACHE_HOME:-${HOME:-/nonexistent}/.cache}/dockwright"
home="$(command -v "$java")"
home="$(readlink -f "$home" 2>/dev/null || printf '%s' "$home")"
home="${home%/bin/java}"
version="$(sed -n 's/^JAVA_VERSION="\([^"]*\)"$/\1/p' "$home/release" 2>/dev/null)"
if [ -n "$version" ] && mkdir -p "$cache" 2>/dev/null && [ -w "$cache" ]; then
  archive="$cache/dockwright-@ID@-java-$version.jsa"
  if [ -f "$archive" ]; then
    # shellcheck disable=SC2086 # the option lists are split on purpose
    exec "$java" $opts -XX:SharedArchiveFile="$archive" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off \
      ${DOCKWRIGHT_JAVA_OPTS:-} -jar "$0" "$@"
  fi
  # Written under a name of its own and renamed when complete, so that a parallel run never maps half a file.
  # shellcheck disable=SC2086
  "$java" $opts -XX:ArchiveClassesAtExit="$archive.$$" -Xlog:cds=off -Xlog:cds+dynamic=off \
    ${DOCKWRIGHT_JAVA_OPTS:-} -jar "$0" "$@"
  status=$?
  if [ -s "$archive.$$" ]; then mv -f "$archive.$$" "$archive"; else rm -f "$archive.$$"; fi
  exit "$status"
fi
# shellcheck disable=SC2086
exec "$java" $opts ${DOCKWRIGHT_JAVA_OPTS:-} -jar "$0" "$@"
STUB
  cat "$jar"
} >"$tmp"
chmod 0755 "$tmp"
mv -f "$tmp" "$out"
trap - EXIT
