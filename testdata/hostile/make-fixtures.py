#!/usr/bin/env python3
"""Writes the hostile-input fixtures of this directory. Deterministic: rerunning it reproduces every file
byte for byte (gzip with mtime 0). Run from anywhere: python3 testdata/hostile/make-fixtures.py"""
import gzip
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def realistic_stage(rnd, i):
    """One build stage of the kind found in real repositories: ARG/ENV, package installs, COPY, heredoc."""
    pkgs = ["curl", "ca-certificates", "git", "build-essential", "libssl-dev", "python3", "python3-pip",
            "unzip", "jq", "openssh-client", "gnupg", "tzdata", "locales", "vim-tiny", "netcat-openbsd"]
    base = rnd.choice(["debian:12-slim", "ubuntu:22.04", "alpine:3.19", "python:3.12-slim", "node:20-bookworm",
                       "golang:1.22", "eclipse-temurin:21-jre"])
    out = [f"# stage {i}", f"FROM {base} AS stage{i}", f"ARG VERSION_{i}=1.{i % 50}.{i % 7}",
           f"ENV APP_HOME=/opt/app{i} \\", f"    PATH=/opt/app{i}/bin:$PATH \\", "    LANG=C.UTF-8",
           f'LABEL org.opencontainers.image.title="service-{i}" \\',
           f'      org.opencontainers.image.version="${{VERSION_{i}}}"']
    if base.startswith("alpine"):
        chosen = rnd.sample(["curl", "git", "bash", "jq", "openssl", "tzdata", "su-exec"], 4)
        out.append("RUN apk add --no-cache " + " ".join(f"{p}" for p in chosen))
    else:
        chosen = rnd.sample(pkgs, 6)
        out.append("RUN apt-get update \\")
        out.append("    && apt-get install -y --no-install-recommends \\")
        for p in chosen:
            out.append(f"       {p}={rnd.randint(1, 9)}.{rnd.randint(0, 30)}-{rnd.randint(1, 5)} \\")
        out.append("    && rm -rf /var/lib/apt/lists/*")
    out.append(f"WORKDIR /opt/app{i}")
    out.append(f"COPY --chown=app:app requirements-{i}.txt ./")
    out.append(f'RUN set -eux; \\\n    for f in a b c; do \\\n      echo "${{f}}-{i}" >> /tmp/list; \\\n'
               f'    done; \\\n    if [ -n "${{VERSION_{i}:-}}" ]; then echo "$(date +%s) ok"; fi')
    out.append(f"RUN <<EOF\nset -e\nmkdir -p /opt/app{i}/data\necho configured {i}\nEOF")
    if i > 0:
        out.append(f"COPY --from=stage{i - 1} /opt/app{i - 1}/bin/ /usr/local/bin/")
    out.append(f"COPY src/ /opt/app{i}/src/")
    out.append(f"EXPOSE {8000 + i % 1000}")
    out.append("USER 1000:1000")
    out.append(f'HEALTHCHECK --interval=30s CMD ["/opt/app{i}/bin/health", "--port", "{8000 + i % 1000}"]')
    out.append(f'CMD ["/opt/app{i}/bin/server", "--config", "/etc/app{i}.toml"]')
    return "\n".join(out) + "\n\n"


def big_file(target_bytes):
    rnd = random.Random(9)
    parts = ["# syntax=docker/dockerfile:1\n", "ARG BASE_TAG=12\n\n"]
    size = sum(len(p) for p in parts)
    i = 0
    while size < target_bytes:
        s = realistic_stage(rnd, i)
        parts.append(s)
        size += len(s.encode("utf-8"))
        i += 1
    return "".join(parts)


def main():
    with open(os.path.join(HERE, "big-10mb.Dockerfile.gz"), "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as gz:
            gz.write(big_file(10_000_000).encode("utf-8"))
    run_lines = "FROM debian:12\n" + "".join(
        f"RUN apt-get install -y pkg{i} && echo {i} | tee /x\n" for i in range(8_000))
    write("run-lines-8000.Dockerfile", run_lines)
    write("long-line-70000.Dockerfile", "FROM alpine:3.19\nRUN echo " + "a" * 70_000 + "\n")
    write("continuations-10000.Dockerfile",
          "FROM alpine:3.19\nRUN echo start \\\n" + "  && echo x \\\n" * 10_000 + "  && echo end\n")
    write("nested-substitution-3000.Dockerfile",
          "FROM alpine:3.19\nRUN echo " + "$(echo " * 3_000 + "x" + ")" * 3_000 + "\n")
    write("open-parentheses-20000.Dockerfile", "FROM alpine:3.19\nRUN " + "(" * 20_000 + "\n")
    write("binary-garbage.bin", random.Random(7).randbytes(200_000))
    write("invalid-utf8.Dockerfile", b"FROM alpine:3.19\nLABEL description=\"caf\xe9 \xff\xfe\"\nRUN echo ok\n")
    write("nul-bytes.Dockerfile", b"FROM alpine:3.19\nRUN echo \x00\x00\x00\nCMD [\"sh\"]\n")
    write("crlf.Dockerfile", "FROM alpine:3.19\r\nRUN apk add --no-cache curl \\\r\n    bash\r\nCMD [\"sh\"]\r\n")
    write("bom.Dockerfile", "\ufeffFROM alpine:3.19\nRUN echo ok\n")
    write("mixed-escape-directives.Dockerfile",
          "# escape=`\n# escape=\\\nFROM alpine:3.19\nRUN echo a `\n    b \\\n    c\n")
    write("heredoc-never-closed.Dockerfile", "FROM alpine:3.19\nRUN <<EOF\necho never closed\nCMD [\"sh\"]\n")
    heredocs = " ".join(f"<<E{i}" for i in range(2_000))
    write("heredocs-2000-on-one-line.Dockerfile", "FROM alpine:3.19\nRUN " + heredocs + " cat\n"
          + "".join(f"x\nE{i}\n" for i in range(2_000)))
    write("onbuild-stages-1000.Dockerfile", "FROM alpine AS s\nONBUILD ONBUILD RUN x\nCOPY --from=s / /\n" * 1_000)


main()
