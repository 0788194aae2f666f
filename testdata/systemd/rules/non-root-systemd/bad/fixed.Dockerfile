FROM debian:12
ENV container=docker
RUN apt-get update && \
    apt-get install -y --no-install-recommends systemd systemd-sysv dbus && \
    rm -rf /var/lib/apt/lists/* && \
    systemctl mask systemd-remount-fs.service dev-hugepages.mount sys-fs-fuse-connections.mount \
        systemd-logind.service getty.target console-getty.service systemd-udevd.service \
        systemd-udev-trigger.service systemd-udevd-control.socket systemd-udevd-kernel.socket && \
    : > /etc/machine-id
STOPSIGNAL SIGRTMIN+3
RUN useradd --create-home app && systemctl mask systemd-sysctl.service
USER app
LABEL RUN="docker run -d --privileged --cgroupns=host -v /sys/fs/cgroup:/sys/fs/cgroup:rw --tmpfs /run --tmpfs /run/lock IMAGE"
CMD ["/sbin/init"]
