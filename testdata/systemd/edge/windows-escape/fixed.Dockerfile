# escape=`
FROM centos:7
ENV container=docker
RUN yum -y install httpd && yum clean all && `
    systemctl enable httpd && `
    (cd /lib/systemd/system/sysinit.target.wants/ && for i in *; do [ "$i" = systemd-tmpfiles-setup.service ] || rm -f "$i"; done) `
    && (cd /lib/systemd/system/multi-user.target.wants/ && for i in *; do [ "$i" = systemd-user-sessions.service ] || rm -f "$i"; done) `
    && rm -f /etc/systemd/system/*.wants/* `
    && rm -f /lib/systemd/system/local-fs.target.wants/* `
    && rm -f /lib/systemd/system/sockets.target.wants/*udev* `
    && rm -f /lib/systemd/system/sockets.target.wants/*initctl* `
    && rm -f /lib/systemd/system/basic.target.wants/* `
    && rm -f /lib/systemd/system/anaconda.target.wants/* `
    && systemctl enable httpd.service
STOPSIGNAL SIGRTMIN+3
VOLUME [ "/sys/fs/cgroup" ]
# systemd runs as PID 1: it needs --privileged and the host's cgroup file system (cgroup v1 host)
LABEL RUN="docker run -d --privileged -v /sys/fs/cgroup:/sys/fs/cgroup:ro IMAGE"
CMD ["/usr/sbin/init"]
