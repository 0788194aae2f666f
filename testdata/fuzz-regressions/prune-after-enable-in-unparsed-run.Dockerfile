FROM centos:7
RUN systemctl enable h)rm /e*.wants/*
RUN container=&9
RUN "
CMD ["/usr/sbin/init"]