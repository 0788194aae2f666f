FROM }
COPY -- ` -
RUN -- <<EOF
apt-get update<<z
EOF