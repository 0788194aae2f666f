FROM t
RUN rm /lib/systemd/system/multi-user.target.wants/*\
(
CMD ["/usr/sbin/init"]