FROM centos:7
ENV container=docker
RUN sed -i -e 's/^mirrorlist/#mirrorlist/' -e 's|^#baseurl=http://mirror.centos.org|baseurl=http://vault.centos.org|' /etc/yum.repos.d/*.repo
RUN yum -y install httpd && yum clean all \
    && (cd /lib/systemd/system/sysinit.target.wants/ && for i in *; do [ "$i" = systemd-tmpfiles-setup.service ] || rm -f "$i"; done) \
    && (cd /lib/systemd/system/multi-user.target.wants/ && for i in *; do [ "$i" = systemd-user-sessions.service ] || rm -f "$i"; done) \
    && rm -f /etc/systemd/system/*.wants/* \
    && rm -f /lib/systemd/system/local-fs.target.wants/* \
    && rm -f /lib/systemd/system/sockets.target.wants/*udev* \
    && rm -f /lib/systemd/system/sockets.target.wants/*initctl* \
    && rm -f /lib/systemd/system/basic.target.wants/* \
    && rm -f /lib/systemd/system/anaconda.target.wants/*
VOLUME [ "/sys/fs/cgroup" ]
STOPSIGNAL SIGRTMIN+3
LABEL RUN="docker run -d --privileged -v /sys/fs/cgroup:/sys/fs/cgroup:ro IMAGE"
CMD ["/usr/sbin/init"]
