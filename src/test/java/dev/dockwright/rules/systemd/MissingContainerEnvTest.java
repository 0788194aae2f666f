package dev.dockwright.rules.systemd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.rule.Severity;
import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MissingContainerEnvTest {
  private static final RuleTester T = RuleTester.of(MissingContainerEnv.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM centos:7
        # expect: DW2007 [1:6-1:22] "systemd image on CentOS 7 (systemd 219) sets no `container` variable: systemd before 248 then believes it runs on a real machine"
        CMD ["/usr/sbin/init"]
        """,
        """
        FROM rockylinux:8
        # expect: DW2007 "on Rocky Linux 8 (systemd 239)"
        CMD ["/sbin/init"]
        """,
        """
        FROM debian:bullseye
        RUN apt-get update && apt-get install -y systemd systemd-sysv
        # expect: DW2007 "on Debian 11 (systemd 247)"
        CMD ["/sbin/init"]
        """,
        """
        FROM ubuntu:20.04
        # expect: DW2007 "on Ubuntu 20.04 (systemd 245)"
        CMD ["/sbin/init"]
        """,
        // systemd 248 and later detect the container
        """
        FROM debian:12
        CMD ["/sbin/init"]
        """,
        """
        FROM ubuntu:22.04
        CMD ["/sbin/init"]
        """,
        """
        FROM centos:7
        ENV container docker
        CMD ["/usr/sbin/init"]
        """,
        """
        FROM centos:7
        ENV container=oci LANG=C.UTF-8
        CMD ["/usr/sbin/init"]
        """,
        // set the wrong way: container-env-not-runtime reports it
        """
        FROM centos:7
        ARG container=docker
        CMD ["/usr/sbin/init"]
        """,
        // every UBI image sets container=oci
        """
        FROM registry.access.redhat.com/ubi8/ubi
        RUN dnf -y install systemd
        CMD ["/sbin/init"]
        """,
        // inherited
        """
        FROM centos:7 AS base
        ENV container=docker
        FROM base
        CMD ["/usr/sbin/init"]
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

  @Test
  void unknownVersionAndUnknownBaseAreInfo() {
    assertThat(T.findings("FROM debian:sid\nCMD [\"/sbin/init\"]\n")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.message()).endsWith("(the systemd version of `debian:sid` is not known)");
    });
    assertThat(T.findings("FROM centos7-systemd\nCMD [\"/usr/sbin/init\"]\n")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.message()).endsWith("; base image `centos7-systemd` not visible; map it in the config");
      assertThat(f.fix()).isEmpty();
    });
  }

  static Stream<Arguments> fixes() {
    return Stream.of(
        Arguments.of("""
            FROM centos:7
            RUN yum -y update
            CMD ["/usr/sbin/init"]
            """, """
            FROM centos:7
            ENV container=docker
            RUN yum -y update
            CMD ["/usr/sbin/init"]
            """),
        Arguments.of("""
            FROM golang:1.22 AS build
            RUN go build ./...
            FROM ubuntu:20.04 AS final
            CMD ["/sbin/init"]
            """, """
            FROM golang:1.22 AS build
            RUN go build ./...
            FROM ubuntu:20.04 AS final
            ENV container=docker
            CMD ["/sbin/init"]
            """));
  }

  @ParameterizedTest
  @MethodSource("fixes")
  void addsTheEnvAfterFrom(String before, String after) {
    T.fix(before, after);
  }
}
