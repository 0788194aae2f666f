FROM centos:7.0.1406
RUN - 'vault.centos.org';rm /.wants/*
CMD ["/sbin/init"]