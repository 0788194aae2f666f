#!/usr/bin/env bash
# Boot real systemd images and record what each unit really did (test data for the boot model).
#
# Usage: bench/boot-truth.sh [IMAGE...]
#   IMAGE is a directory name under testdata/boot-truth/ holding a Dockerfile (default: all of them).
#   Each image is built and booted under two run modes and recorded as
#   testdata/boot-truth/<image>/<mode>.json:
#     docker-privileged  docker run -d --privileged --network none IMAGE   (runc wrapper drops CAP_SYS_RESOURCE)
#     podman             podman run -d --systemd=always --network none IMAGE  (unprivileged)
#   Env: BOOT_TRUTH_TIMEOUT (seconds for 'systemctl is-system-running --wait', default 60),
#        BOOT_TRUTH_MODES (default "docker-privileged podman"), BOOT_TRUTH_MIRROR (Debian mirror).
#
# Run by hand as root on a throw-away VM, never in CI: a privileged boot changes the host's sysctls
# (they are snapshotted before and restored after each boot and at exit), replays host uevents, etc.
# The engines run in a private mount namespace (unshare -m) whose /sys/fs/cgroup is a pure cgroup2 mount;
# they use their own data roots under /var/lib/boot-truth and sockets under /run/boot-truth, and are
# stopped at exit. See /work/shared/spec/systemd-boot.md §7 and testdata/boot-truth/README.md.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DATA="$ROOT/testdata/boot-truth"
STATE=/var/lib/boot-truth
RUN=/run/boot-truth
TIMEOUT=${BOOT_TRUTH_TIMEOUT:-60}
MODES=${BOOT_TRUTH_MODES:-"docker-privileged podman"}
MIRROR=${BOOT_TRUTH_MIRROR:-http://deb.debian.org/debian}
SUITES=${BOOT_TRUTH_SUITES:-"bullseye bookworm trixie sid"}
DOCKER=/usr/bin/docker            # Debian's docker.io CLI, not whatever else is on PATH
export DOCKER_HOST="unix://$RUN/docker.sock"
PODMAN=(podman --root "$STATE/containers" --runroot "$RUN/containers"
        --cgroup-manager cgroupfs --events-backend file)

log() { printf '[boot-truth %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "error: $*"; exit 1; }

[ "$(id -u)" = 0 ] || die "run as root"

# ---------------------------------------------------------------- sysctl snapshot / restore
# one "key = value" line per key; keys printed on several lines (fs.pipe-keep...) are dropped
snapshot_sysctls() {
  { sysctl -a 2>/dev/null || true; } |
    tr '\t' ' ' | awk -F ' = ' '{ n[$1]++; l[$1] = $0 } END { for (k in n) if (n[k] == 1) print l[k] }' | LC_ALL=C sort > "$1"
}

# keys that change by themselves (counters, entropy...): two snapshots a second apart, plus a fixed list
find_volatile() {
  local a b
  a=$(mktemp); b=$(mktemp)
  snapshot_sysctls "$a"; sleep 1; snapshot_sysctls "$b"
  { { diff "$a" "$b" || true; } | sed -n 's/^[<>] \([^ ]*\) = .*/\1/p'
    printf '%s\n' fs.dentry-state fs.file-nr fs.inode-nr fs.inode-state kernel.ns_last_pid \
      kernel.random.boot_id kernel.random.uuid kernel.random.entropy_avail kernel.pty.nr fs.aio-nr \
      fs.fanotify.max_user_marks kernel.sched_domain
  } | LC_ALL=C sort -u > "$RUN/volatile"
  rm -f "$a" "$b"
}

# prints "key = new (was old)" for every non-volatile key that differs from snapshot $1
sysctl_changes() {
  local now
  now=$(mktemp)
  snapshot_sysctls "$now"
  LC_ALL=C join -t $'\t' \
    <(sed 's/ = /\t/' "$1" | LC_ALL=C sort -t $'\t' -k1,1) \
    <(sed 's/ = /\t/' "$now" | LC_ALL=C sort -t $'\t' -k1,1) |
    awk -F '\t' '$2 != $3 { print $1 "\t" $3 "\t" $2 }' |
    LC_ALL=C join -t $'\t' -v 1 - "$RUN/volatile" || true
  rm -f "$now"
}

# restores every key of snapshot $1 that changed
restore_sysctls() {
  local key new old
  while IFS=$'\t' read -r key new old; do
    sysctl -q -w "$key=$old" >/dev/null 2>&1 || log "could not restore $key=$old (now $new)"
  done < <(sysctl_changes "$1")
}

# ---------------------------------------------------------------- setup
install_deps() {
  local missing=()
  command -v /usr/bin/docker >/dev/null 2>&1 && command -v dockerd >/dev/null 2>&1 || missing+=(docker.io)
  command -v podman >/dev/null 2>&1 || missing+=(podman)
  command -v debootstrap >/dev/null 2>&1 || missing+=(debootstrap)
  command -v jq >/dev/null 2>&1 || missing+=(jq)
  command -v runc >/dev/null 2>&1 || missing+=(runc)
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
  fi
}

# runc wrapper: the VM's bounding set lacks CAP_SYS_RESOURCE, so --privileged (all caps) cannot start;
# strip it from the OCI config before runc sees it.
write_runc_wrapper() {
  cat > "$RUN/runc-truth" <<'WRAP'
#!/bin/sh
# create/run: the bundle's config.json; exec: the --process file (docker exec --privileged asks for all caps)
bundle=.
process=
prev=
for a in "$@"; do
  case "$prev" in --bundle|-b) bundle=$a ;; --process|-p) process=$a ;; esac
  case "$a" in --bundle=*) bundle=${a#--bundle=} ;; --process=*) process=${a#--process=} ;; esac
  prev=$a
done
drop='map_values(if type == "array" then map(select(. != "CAP_SYS_RESOURCE")) else . end)'
if [ -n "$process" ] && [ -f "$process" ]; then
  jq "if .capabilities then .capabilities |= $drop else . end" "$process" > "$process.truth" && mv "$process.truth" "$process"
elif [ -f "$bundle/config.json" ]; then
  jq "if .process.capabilities then .process.capabilities |= $drop else . end" "$bundle/config.json" > "$bundle/config.json.truth" \
    && mv "$bundle/config.json.truth" "$bundle/config.json"
fi
exec RUNC_PATH "$@"
WRAP
  sed -i "s|RUNC_PATH|$(command -v runc)|" "$RUN/runc-truth"
  chmod +x "$RUN/runc-truth"
}

mount_cgroup2() {
  # private mount namespace only (we re-exec under unshare -m): the host keeps its hybrid layout
  umount -R /sys/fs/cgroup 2>/dev/null || umount -l /sys/fs/cgroup 2>/dev/null || true
  mount -t cgroup2 -o nsdelegate cgroup2 /sys/fs/cgroup 2>/dev/null || mount -t cgroup2 cgroup2 /sys/fs/cgroup
  log "cgroup2 controllers: $(cat /sys/fs/cgroup/cgroup.controllers 2>/dev/null || echo none)"
}

start_dockerd() {
  mkdir -p "$STATE/docker" "$RUN/docker-exec"
  cat > "$RUN/daemon.json" <<JSON
{"runtimes": {"truth": {"path": "$RUN/runc-truth"}}, "default-runtime": "truth",
 "iptables": false, "ip-forward": false, "ip-masq": false, "bridge": "none"}
JSON
  nice -n 10 dockerd --config-file "$RUN/daemon.json" --data-root "$STATE/docker" --exec-root "$RUN/docker-exec" \
    -H "$DOCKER_HOST" --pidfile "$RUN/dockerd.pid" > "$RUN/dockerd.log" 2>&1 &
  DOCKERD_PID=$!
  for _ in $(seq 60); do
    "$DOCKER" version >/dev/null 2>&1 && return 0
    kill -0 "$DOCKERD_PID" 2>/dev/null || { tail -20 "$RUN/dockerd.log" >&2; die "dockerd exited"; }
    sleep 1
  done
  die "dockerd did not answer in 60 s (see $RUN/dockerd.log)"
}

cleanup() {
  local rc=$?
  set +e
  if [ -n "${DOCKERD_PID:-}" ]; then
    "$DOCKER" ps -aq --filter label=boot-truth | xargs -r "$DOCKER" rm -f >/dev/null 2>&1
    kill "$DOCKERD_PID" 2>/dev/null; wait "$DOCKERD_PID" 2>/dev/null
  fi
  "${PODMAN[@]}" ps -aq --filter label=boot-truth 2>/dev/null | xargs -r "${PODMAN[@]}" rm -f -t 5 >/dev/null 2>&1
  [ -f "$RUN/sysctl.start" ] && restore_sysctls "$RUN/sysctl.start"
  exit "$rc"
}

build_bases() {
  local suite tar
  mkdir -p "$STATE/bases"
  for suite in $SUITES; do
    tar="$STATE/bases/$suite.tar"
    if [ ! -s "$tar" ]; then
      log "debootstrap --variant=minbase $suite"
      rm -rf "$STATE/bases/$suite"
      nice -n 10 debootstrap --variant=minbase "$suite" "$STATE/bases/$suite" "$MIRROR" > "$RUN/debootstrap-$suite.log" 2>&1 \
        || { log "debootstrap $suite failed (see $RUN/debootstrap-$suite.log)"; continue; }
      tar -C "$STATE/bases/$suite" --numeric-owner -cf "$tar" .
      rm -rf "$STATE/bases/$suite"
    fi
    case " $MODES " in *" docker-privileged "*)
      "$DOCKER" image inspect "debian:$suite" >/dev/null 2>&1 || "$DOCKER" import "$tar" "debian:$suite" >/dev/null ;;
    esac
    case " $MODES " in *" podman "*)
      "${PODMAN[@]}" image exists "debian:$suite" || "${PODMAN[@]}" import "$tar" "debian:$suite" >/dev/null ;;
    esac
  done
}

# ---------------------------------------------------------------- recording
# $1 mode; the rest: a command prefix that runs a command inside the container
record() {
  local image=$1 mode=$2 engine=$3 suite=$4 out=$5; shift 5
  local ex=("$@") state virt sdver units tmp
  tmp=$(mktemp -d)
  state=$(timeout "$((TIMEOUT + 5))" "${ex[@]}" timeout "$TIMEOUT" systemctl is-system-running --wait 2>/dev/null) || true
  state=${state:-timeout}
  virt=$("${ex[@]}" systemd-detect-virt 2>/dev/null || true)
  sdver=$("${ex[@]}" systemctl --version 2>/dev/null | sed -n '1s/^systemd \([^ ]*\).*/\1/p' || true)
  units=$("${ex[@]}" systemctl list-units --all --no-legend --plain 2>/dev/null | awk '{print $1}' | grep -v '^●' | LC_ALL=C sort -u || true)
  # one 'systemctl show' for all units: blocks separated by blank lines
  # shellcheck disable=SC2086
  "${ex[@]}" systemctl show -p Id,LoadState,ActiveState,SubState,Result,ConditionResult,WantedBy,RequiredBy -- $units \
    > "$tmp/show" 2>/dev/null || true
  # one JSON object per block, built by jq (unit names and values may hold backslashes: \x2d, ...)
  jq -Rsc 'split("\n\n")[] | split("\n") | map(select(length > 0) | capture("^(?<key>[^=]*)=(?<value>.*)$"))
           | select(length > 0) | from_entries' "$tmp/show" > "$tmp/units.jsonl"
  # the unmet condition of each skipped unit, as systemctl status words it
  : > "$tmp/conds.jsonl"
  local u c
  for u in $(jq -r 'select(.ConditionResult=="no") | .Id' "$tmp/units.jsonl"); do
    c=$("${ex[@]}" systemctl status --no-pager -n0 -- "$u" 2>/dev/null |
        sed -n 's/.*[^A-Za-z]\(\(Condition\|Assert\)[A-Za-z]*=[^ ]*\) was not met.*/\1/p' | head -1) || true
    jq -nc --arg u "$u" --arg c "$c" '{($u): $c}' >> "$tmp/conds.jsonl"
  done
  "${ex[@]}" journalctl -b --no-pager -o short-monotonic > "$tmp/journal" 2>/dev/null || true
  jq -n --arg image "$image" --arg suite "$suite" --arg mode "$mode" --arg engine "$engine" \
     --arg sd "$sdver" --arg state "$state" --arg virt "$virt" --arg rec "$(date -u +%Y-%m-%dT%H:%M:%SZ)" \
     --slurpfile units "$tmp/units.jsonl" --slurpfile conds "$tmp/conds.jsonl" \
     --arg failed "$("${ex[@]}" systemctl --failed --no-legend --plain 2>/dev/null | awk '{print $1}' | tr '\n' ' ')" \
     --arg refusing "$(grep -c 'not loaded, refusing' "$tmp/journal" || true)" \
     '($conds | add // {}) as $c |
      {image: $image, suite: $suite, runMode: $mode, engine: $engine, systemdVersion: $sd,
       systemState: $state, detectVirt: $virt, recorded: $rec,
       failedUnits: ($failed | split(" ") | map(select(. != ""))),
       units: [$units[] | select(.LoadState == "loaded" or .LoadState == "masked") |
         {unit: .Id, load: .LoadState, active: .ActiveState, sub: .SubState, result: .Result,
          condition: .ConditionResult}
         + (if .ConditionResult == "no" and ($c[.Id] // "") != "" then {failedCondition: $c[.Id]} else {} end)
         + (if ((.WantedBy // "") + " " + (.RequiredBy // "")) | test("[^ ]")
            then {wantedBy: (((.WantedBy // "") + " " + (.RequiredBy // "")) | split(" ") | map(select(. != "")) | join(" "))}
            else {} end)] | sort_by(.unit),
       journalRefusingSockets: ($refusing | tonumber? // 0)}' > "$out"
  cp "$tmp/journal" "${out%.json}.journal.txt"
  cp "$tmp/show" "$RUN/last-show.txt" 2>/dev/null || true; rm -rf "$tmp"
}

add_host_effects() {
  local out=$1 before=$2 notes=$3 changes
  changes=$(sysctl_changes "$before" | awk -F '\t' '{ print $1 "=" $2 " (was " $3 ")" }')
  jq --arg ch "$changes" --arg notes "$notes" \
     '.hostEffects = {sysctlsChanged: ($ch | split("\n") | map(select(. != ""))), notes: $notes}' "$out" > "$out.tmp"
  mv "$out.tmp" "$out"
}

did_not_boot() {
  local image=$1 mode=$2 engine=$3 suite=$4 out=$5 err=$6
  jq -n --arg image "$image" --arg suite "$suite" --arg mode "$mode" --arg engine "$engine" --arg err "$err" \
     --arg rec "$(date -u +%Y-%m-%dT%H:%M:%SZ)" \
     '{image: $image, suite: $suite, runMode: $mode, engine: $engine, systemState: "did-not-boot",
       error: $err, recorded: $rec, units: []}' > "$out"
}

auto_notes() {
  local out=$1
  jq -r '[.units[] | select(.active == "active" and (.unit | test("^(systemd-udev-trigger|systemd-udevd|getty@|serial-getty@|systemd-sysctl|systemd-timesyncd|systemd-modules-load|systemd-binfmt|sys-fs-fuse|sys-kernel|dev-hugepages|dev-mqueue)")))
         | .unit] | if length > 0 then "active host-touching units: " + join(", ") else "no host-touching unit active" end' "$out"
}

boot_docker() {
  local image=$1 suite=$2 dir=$3 out=$4 engine cid before err extra=()
  engine="docker $("$DOCKER" version -f '{{.Server.Version}}')"
  if ! err=$(nice -n 10 "$DOCKER" build -q --network host -t "boot-truth/$image" "$dir" 2>&1 >/dev/null); then
    did_not_boot "$image" docker-privileged "$engine" "$suite" "$out" "build failed: $(printf %s "$err" | tail -c 2000)"; return
  fi
  # VOLUME /sys/fs/cgroup dies with "No medium found" on a v2 host unless the host's cgroup is bound over it
  if "$DOCKER" image inspect -f '{{json .Config.Volumes}}' "boot-truth/$image" | grep -q '/sys/fs/cgroup'; then
    extra=(--cgroupns=host -v /sys/fs/cgroup:/sys/fs/cgroup:rw)
  fi
  snapshot_sysctls "$RUN/sysctl.boot"
  if ! cid=$("$DOCKER" run -d --privileged --network none --label boot-truth "${extra[@]}" "boot-truth/$image" 2>&1); then
    did_not_boot "$image" docker-privileged "$engine" "$suite" "$out" "$cid"
    restore_sysctls "$RUN/sysctl.boot"; return
  fi
  sleep 2
  if [ "$("$DOCKER" inspect -f '{{.State.Running}}' "$cid")" != true ]; then
    did_not_boot "$image" docker-privileged "$engine" "$suite" "$out" "exited: $("$DOCKER" logs "$cid" 2>&1 | tail -20)"
  else
    record "$image" docker-privileged "$engine" "$suite" "$out" "$DOCKER" exec "$cid"
  fi
  "$DOCKER" logs "$cid" > "${out%.json}.console.txt" 2>&1 || true
  "$DOCKER" rm -f "$cid" >/dev/null 2>&1 || true
  sleep 1
  add_host_effects "$out" "$RUN/sysctl.boot" "run: docker run -d --privileged --network none ${extra[*]} IMAGE; $(auto_notes "$out")"
  restore_sysctls "$RUN/sysctl.boot"
}

boot_podman() {
  local image=$1 suite=$2 dir=$3 out=$4 engine cid err
  engine="podman $("${PODMAN[@]}" version -f '{{.Client.Version}}')"
  if ! err=$(nice -n 10 "${PODMAN[@]}" build -q --network host -t "boot-truth/$image" "$dir" 2>&1 >/dev/null); then
    did_not_boot "$image" podman "$engine" "$suite" "$out" "build failed: $(printf %s "$err" | tail -c 2000)"; return
  fi
  snapshot_sysctls "$RUN/sysctl.boot"
  # rlimits lowered (the VM's hard limits are below Podman's defaults), no pids limit (no pids controller)
  if ! cid=$("${PODMAN[@]}" run -d --systemd=always --network none --label boot-truth --pids-limit 0 \
        --ulimit nofile=1024:1024 --ulimit nproc=4096:4096 "boot-truth/$image" 2>&1); then
    did_not_boot "$image" podman "$engine" "$suite" "$out" "$cid"
    restore_sysctls "$RUN/sysctl.boot"; return
  fi
  sleep 2
  if [ "$("${PODMAN[@]}" inspect -f '{{.State.Running}}' "$cid")" != true ]; then
    did_not_boot "$image" podman "$engine" "$suite" "$out" "exited: $("${PODMAN[@]}" logs "$cid" 2>&1 | tail -20)"
  else
    record "$image" podman "$engine" "$suite" "$out" "${PODMAN[@]}" exec "$cid"
  fi
  "${PODMAN[@]}" logs "$cid" > "${out%.json}.console.txt" 2>&1 || true
  "${PODMAN[@]}" rm -f -t 5 "$cid" >/dev/null 2>&1 || true
  add_host_effects "$out" "$RUN/sysctl.boot" "run: podman run -d --systemd=always --network none --pids-limit 0 --ulimit nofile=1024:1024 --ulimit nproc=4096:4096 IMAGE; $(auto_notes "$out")"
  restore_sysctls "$RUN/sysctl.boot"
}

# ---------------------------------------------------------------- main
if [ "${BOOT_TRUTH_NS:-}" != 1 ]; then
  install_deps
  mkdir -p "$RUN"
  snapshot_sysctls "$RUN/sysctl.start"        # before any engine starts; restored at the very end too
  rc=0
  BOOT_TRUTH_NS=1 unshare -m --propagation private bash ${BOOT_TRUTH_TRACE:+-x} "$0" "$@" || rc=$?
  restore_sysctls "$RUN/sysctl.start"
  exit "$rc"
fi

mkdir -p "$RUN" "$STATE"
find_volatile
trap cleanup EXIT
mount_cgroup2
write_runc_wrapper
case " $MODES " in *" docker-privileged "*) start_dockerd ;; esac
build_bases

if [ $# -eq 0 ]; then
  # shellcheck disable=SC2046
  set -- $(cd "$DATA" && for d in */; do [ -f "$d/Dockerfile" ] && printf '%s\n' "${d%/}"; done)
fi
for image in "$@"; do
  dir="$DATA/$image"
  [ -f "$dir/Dockerfile" ] || { log "skip $image: no $dir/Dockerfile"; continue; }
  suite=$(sed -n 's/^FROM[[:space:]]\{1,\}debian:\([a-z]*\).*/\1/p' "$dir/Dockerfile" | tail -1)
  for mode in $MODES; do
    log "$image × $mode"
    case $mode in
      docker-privileged) boot_docker "$image" "$suite" "$dir" "$dir/$mode.json" ;;
      podman) boot_podman "$image" "$suite" "$dir" "$dir/$mode.json" ;;
      *) die "unknown mode $mode" ;;
    esac
    log "$image × $mode: $(jq -r .systemState "$dir/$mode.json")"
  done
done
