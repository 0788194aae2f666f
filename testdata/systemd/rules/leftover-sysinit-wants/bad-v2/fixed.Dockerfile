FROM rockylinux:9
ENV container=docker
RUN dnf -y install systemd httpd && dnf clean all && \
    systemctl enable httpd && \
    : > /etc/machine-id && \
    systemctl mask systemd-remount-fs.service dev-hugepages.mount sys-fs-fuse-connections.mount \
    systemd-logind.service getty.target console-getty.service systemd-udevd.service \
    systemd-udev-trigger.service systemd-udevd-control.socket systemd-udevd-kernel.socket \
    dnf-makecache.timer
STOPSIGNAL SIGRTMIN+3
LABEL RUN="docker run -d --privileged --cgroupns=host -v /sys/fs/cgroup:/sys/fs/cgroup:rw --tmpfs /run --tmpfs /run/lock IMAGE"
CMD ["/sbin/init"]
