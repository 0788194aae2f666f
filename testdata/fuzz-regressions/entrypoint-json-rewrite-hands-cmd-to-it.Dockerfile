FROM rocky
RUN systemctl mask systemd-remount-fs.service dev-hugepages.mount sys-fs-fuse-connections.mount
ENTRYPOINT e
SHELL [""]
CMD ["/sbin/init"]