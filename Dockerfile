# syntax=docker/dockerfile:1
# dockwright's container image (docs/ci.md, "Container image"), published as ghcr.io/dockwright/dockwright:
#   docker run --rm -i ghcr.io/dockwright/dockwright lint - < Dockerfile
#   docker run --rm -v "$PWD:/src" ghcr.io/dockwright/dockwright lint .
# Build from the repository root: docker build -t dockwright .  The runtime in the image is the release bundle
# (dist/bundle.sh: a jlink'd Java runtime and an AOT cache, no JDK), the same tarball users download.

# The jar, built the way README builds it; the bundle is made in the next stage, with JDK 25.
FROM maven:3.9.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml ./
COPY grammar/ grammar/
COPY rules/ rules/
COPY src/main/ src/main/
COPY dist/ dist/
# the class-list run of the package phase (pom.xml, cds-class-list) lints this project
COPY testdata/cli/project/ testdata/cli/project/
RUN --mount=type=cache,target=/root/.m2 mvn -B -DskipTests package -Ddockwright.bundle.skip=true

# The release bundle, made from that jar and unpacked from its tarball exactly as a user would.
FROM eclipse-temurin:25-jdk AS bundle
WORKDIR /build
COPY dist/ dist/
COPY testdata/cli/project/ testdata/cli/project/
COPY --from=build /build/target/dockwright.jar target/
RUN version="$(java -jar target/dockwright.jar --version)" \
    && version="${version#dockwright }" \
    && dist/bundle.sh target/dockwright.jar "$version" /tmp/bundle "$JAVA_HOME" \
    && mkdir /opt/dockwright \
    && tar -xzf "/tmp/bundle/dockwright-$version-linux-x64.tar.gz" -C /opt/dockwright --strip-components=1

# glibc for the jlink'd runtime and /bin/sh for the bundle's launcher (so not distroless); nothing else.
FROM debian:bookworm-slim
LABEL org.opencontainers.image.title="dockwright" \
      org.opencontainers.image.description="Dockerfile linter and static analyzer with a systemd-as-PID-1 rule pack" \
      org.opencontainers.image.source="https://github.com/dockwright/dockwright" \
      org.opencontainers.image.url="https://github.com/dockwright/dockwright" \
      org.opencontainers.image.documentation="https://github.com/dockwright/dockwright/blob/main/docs/ci.md"
# ShellCheck for rule DW4033, which runs it when it is on PATH: a static binary, so the image lints RUN
# scripts the way a workstation with ShellCheck does, with a pinned ShellCheck version.
COPY --from=koalaman/shellcheck:v0.10.0 /bin/shellcheck /usr/local/bin/shellcheck
COPY --from=bundle /opt/dockwright/ /opt/dockwright/
RUN useradd --system --uid 10001 --user-group --no-log-init --no-create-home --home-dir /src \
      --shell /usr/sbin/nologin dockwright
ENV PATH=/opt/dockwright/bin:$PATH
USER 10001:10001
# where to mount the sources; pre-commit's docker_image hooks mount the repository here too
WORKDIR /src
# a command-line tool that exits when done: nothing to probe
HEALTHCHECK NONE
ENTRYPOINT ["dockwright"]
CMD ["lint", "."]
