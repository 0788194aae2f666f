#é
RUN <<EOF
apt-get update
<<e
EOF
ONBUILD RUN t