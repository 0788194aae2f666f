# syntax=docker/dockerfile:1
FROM ubuntu:22.04
ENV container=docker
RUN <<EOF
set -e
apt-get update
apt-get install -y --no-install-recommends systemd systemd-sysv
rm -rf /var/lib/apt/lists/*
cd /lib/systemd/system/sysinit.target.wants/
for i in *; do [ "$i" = systemd-tmpfiles-setup.service ] || rm -f "$i"; done
systemctl mask systemd-remount-fs.service systemd-logind.service getty.target console-getty.service \
  systemd-udevd-control.socket systemd-udevd-kernel.socket
systemctl start ssh
EOF
RUN <<EOF bash
cd /lib/systemd/system/sysinit.target.wants/
for i in *; do [ "$i" == systemd-tmpfiles-setup.service ] || rm -f "$i"; done
EOF
STOPSIGNAL SIGRTMIN+3
LABEL RUN="docker run -d --privileged --cgroupns=host -v /sys/fs/cgroup:/sys/fs/cgroup:rw --tmpfs /run --tmpfs /run/lock IMAGE"
CMD ["/sbin/init"]
