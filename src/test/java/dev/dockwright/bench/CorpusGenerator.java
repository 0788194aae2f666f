package dev.dockwright.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Writes a deterministic corpus of real-world-shaped Dockerfiles for throughput benchmarks: official-image
 * style apt/apk/yum builds with long RUN chains, multi-stage Go/Node/Java builds, heredocs, systemd images and
 * Windows images with a backtick escape. Usage: {@code CorpusGenerator DIR COUNT [SEED]}.
 */
public final class CorpusGenerator {
  private static final List<String> DEBIAN_PACKAGES = List.of("ca-certificates", "curl", "git", "gnupg",
      "libssl-dev", "libffi-dev", "build-essential", "pkg-config", "unzip", "xz-utils", "netbase", "tzdata",
      "locales", "python3", "python3-pip", "openssh-client", "procps", "less", "jq", "wget");
  private static final List<String> ALPINE_PACKAGES = List.of("bash", "curl", "git", "openssl", "tzdata",
      "ca-certificates", "libc6-compat", "su-exec", "tini", "make", "gcc", "musl-dev");

  private final Random random;

  private CorpusGenerator(long seed) {
    this.random = new Random(seed);
  }

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    int count = Integer.parseInt(args[1]);
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
    Files.createDirectories(dir);
    CorpusGenerator g = new CorpusGenerator(seed);
    long bytes = 0;
    for (int i = 0; i < count; i++) {
      String text = g.next(i);
      Path sub = dir.resolve(String.format("p%03d", i / 100));
      Files.createDirectories(sub);
      Path file = sub.resolve(String.format("svc%04d.Dockerfile", i));
      Files.writeString(file, text, StandardCharsets.UTF_8);
      bytes += text.getBytes(StandardCharsets.UTF_8).length;
    }
    System.out.printf("wrote %d files, %d bytes, to %s%n", count, bytes, dir);
  }

  String next(int i) {
    return switch (i % 6) {
      case 0 -> debianOfficial();
      case 1 -> goMultiStage();
      case 2 -> nodeHeredoc();
      case 3 -> systemdImage();
      case 4 -> windowsImage();
      default -> javaMultiStage();
    };
  }

  private String pick(List<String> from, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(" \\\n\t\t").append(from.get(random.nextInt(from.size())));
      if (random.nextInt(3) == 0) {
        sb.append("=").append(1 + random.nextInt(9)).append('.').append(random.nextInt(20));
      }
    }
    return sb.toString();
  }

  private String debianOfficial() {
    StringBuilder sb = new StringBuilder();
    sb.append("# syntax=docker/dockerfile:1\nFROM debian:bookworm-slim\n\n");
    sb.append("ENV LANG C.UTF-8\nENV APP_VERSION ").append(random.nextInt(100)).append(".0.").append(random.nextInt(9))
        .append("\n\n");
    for (int block = 0; block < 6; block++) {
      sb.append("RUN set -eux; \\\n\tsavedAptMark=\"$(apt-mark showmanual)\"; \\\n\tapt-get update; \\\n")
          .append("\tapt-get install -y --no-install-recommends").append(pick(DEBIAN_PACKAGES, 8 + random.nextInt(6)))
          .append("; \\\n\tdpkgArch=\"$(dpkg --print-architecture | awk -F- '{ print $NF }')\"; \\\n")
          .append("\tcase \"$dpkgArch\" in \\\n\t\tamd64) arch='x86_64' ;; \\\n\t\tarm64) arch='aarch64' ;; \\\n")
          .append("\t\t*) echo >&2 \"unsupported architecture: $dpkgArch\"; exit 1 ;; \\\n\tesac; \\\n")
          .append("\twget -O app.tar.gz \"https://example.com/app-${APP_VERSION}-${arch}.tar.gz\"; \\\n")
          .append("\techo \"").append(Long.toHexString(random.nextLong())).append(" *app.tar.gz\" | sha256sum -c -; \\\n")
          .append("\tmkdir -p /opt/app; tar -xzf app.tar.gz -C /opt/app --strip-components=1; rm app.tar.gz; \\\n")
          .append("\tapt-mark auto '.*' > /dev/null; [ -z \"$savedAptMark\" ] || apt-mark manual $savedAptMark; \\\n")
          .append("\tapt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false; \\\n")
          .append("\trm -rf /var/lib/apt/lists/*\n\n");
    }
    sb.append("COPY docker-entrypoint.sh /usr/local/bin/\nENTRYPOINT [\"docker-entrypoint.sh\"]\nEXPOSE 8080\n")
        .append("CMD [\"app\", \"serve\"]\n");
    return sb.toString();
  }

  private String goMultiStage() {
    return "ARG GO_VERSION=1.22\nFROM --platform=$BUILDPLATFORM golang:${GO_VERSION}-alpine AS build\n"
        + "WORKDIR /src\nCOPY go.mod go.sum ./\n"
        + "RUN --mount=type=cache,target=/go/pkg/mod go mod download\nCOPY . .\n"
        + "ARG TARGETOS TARGETARCH\n"
        + "RUN --mount=type=cache,target=/root/.cache/go-build --mount=type=cache,target=/go/pkg/mod \\\n"
        + "    CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -trimpath -ldflags='-s -w' -o /out/app ./cmd/app\n"
        + "FROM alpine:3.20 AS runtime\nRUN apk add --no-cache" + pick(ALPINE_PACKAGES, 6) + "\n"
        + "RUN addgroup -S app && adduser -S -G app app\nCOPY --from=build /out/app /usr/local/bin/app\n"
        + "USER app\nHEALTHCHECK --interval=30s --timeout=3s CMD [\"app\", \"health\"]\n"
        + "ENTRYPOINT [\"/sbin/tini\", \"--\", \"app\"]\n" + "# " + "x".repeat(random.nextInt(2000)) + "\n";
  }

  private String nodeHeredoc() {
    return "# syntax=docker/dockerfile:1.7\nFROM node:20-bookworm AS deps\nWORKDIR /app\n"
        + "COPY package.json package-lock.json ./\nRUN npm ci --omit=dev\n"
        + "FROM node:20-bookworm-slim\nENV NODE_ENV=production\nWORKDIR /app\n"
        + "COPY --from=deps /app/node_modules ./node_modules\nCOPY . .\n"
        + "RUN <<EOF\nset -e\napt-get update\napt-get install -y --no-install-recommends dumb-init\n"
        + "rm -rf /var/lib/apt/lists/*\nEOF\n"
        + "COPY <<EOF /app/config.json\n{\"port\": " + (3000 + random.nextInt(1000)) + ", \"log\": \"info\"}\nEOF\n"
        + "USER node\nEXPOSE 3000\nCMD [\"dumb-init\", \"node\", \"server.js\"]\n"
        + "# " + "y".repeat(1500 + random.nextInt(3000)) + "\n";
  }

  private String systemdImage() {
    return "FROM centos:7\nENV container docker\n"
        + "RUN yum -y swap -- remove fakesystemd -- install systemd systemd-libs\n"
        + "RUN yum -y update; yum clean all; \\\n"
        + "(cd /lib/systemd/system/sysinit.target.wants/; for i in *; do [ $i == \\\n"
        + "systemd-tmpfiles-setup.service ] || rm -f $i; done); \\\n"
        + "rm -f /lib/systemd/system/multi-user.target.wants/*;\\\nrm -f /etc/systemd/system/*.wants/*;\\\n"
        + "rm -f /lib/systemd/system/local-fs.target.wants/*; \\\n"
        + "rm -f /lib/systemd/system/sockets.target.wants/*udev*; \\\n"
        + "rm -f /lib/systemd/system/sockets.target.wants/*initctl*; \\\n"
        + "rm -f /lib/systemd/system/basic.target.wants/*;\\\nrm -f /lib/systemd/system/anaconda.target.wants/*;\n"
        + "RUN yum -y install httpd" + pick(List.of("mod_ssl", "php", "php-mysqlnd", "vim-minimal"), 3)
        + "; yum clean all; systemctl enable httpd.service\n"
        + "VOLUME [ \"/sys/fs/cgroup\" ]\nEXPOSE 80\nCMD [\"/usr/sbin/init\"]\n"
        + "# " + "z".repeat(2000 + random.nextInt(2000)) + "\n";
  }

  private String windowsImage() {
    return "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\n"
        + "SHELL [\"powershell\", \"-Command\", \"$ErrorActionPreference = 'Stop';\"]\n"
        + "RUN Invoke-WebRequest -Uri https://example.com/app.zip -OutFile app.zip; `\n"
        + "    Expand-Archive app.zip -DestinationPath C:\\app; `\n    Remove-Item app.zip -Force\n"
        + "WORKDIR C:\\app\nCOPY config\\ C:\\app\\config\\\nEXPOSE 80\nCMD [\"C:\\\\app\\\\app.exe\"]\n"
        + "# " + "w".repeat(2500 + random.nextInt(2500)) + "\n";
  }

  private String javaMultiStage() {
    return "FROM maven:3.9-eclipse-temurin-21 AS build\nWORKDIR /build\nCOPY pom.xml .\n"
        + "RUN --mount=type=cache,target=/root/.m2 mvn -B -q dependency:go-offline\nCOPY src ./src\n"
        + "RUN --mount=type=cache,target=/root/.m2 mvn -B -q package -DskipTests && \\\n"
        + "    cp target/*.jar /app.jar\n"
        + "FROM eclipse-temurin:21-jre-jammy\nRUN apt-get update && apt-get install -y --no-install-recommends"
        + pick(DEBIAN_PACKAGES, 5) + " && rm -rf /var/lib/apt/lists/*\n"
        + "RUN useradd -r -u 10001 -l app\nCOPY --from=build --chown=app:app /app.jar /opt/app.jar\n"
        + "USER 10001\nENTRYPOINT [\"java\", \"-XX:MaxRAMPercentage=75\", \"-jar\", \"/opt/app.jar\"]\n"
        + "# " + "v".repeat(3000 + random.nextInt(3000)) + "\n";
  }
}
