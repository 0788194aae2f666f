FROM centos:7.0.1406
ENV container docker
RUN yum -y update; yum clean all
STOPSIGNAL SIGRTMIN+3
VOLUME [ "/sys/fs/cgroup" ]
# systemd runs as PID 1: it needs --privileged and the host's cgroup file system (cgroup v1 host)
LABEL RUN="docker run -d --privileged -v /sys/fs/cgroup:/sys/fs/cgroup:ro IMAGE"
CMD ["/usr/sbin/init"]
