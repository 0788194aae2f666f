FROM debian:12
# hadolint ignore=no-such-rule
RUN apt-get update && \

    apt-get install -y curl
    && rm -rf /var/lib/apt/lists/*
