package dev.dockwright.rules.systemd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.rule.Severity;
import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MissingStopsignalTest {
  private static final RuleTester T = RuleTester.of(MissingStopsignal.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM debian:12
        # expect: DW2005 [1:6-1:18] "systemd image sets no `STOPSIGNAL`: `docker stop` sends SIGTERM, which makes systemd re-execute itself instead of shutting down"
        CMD ["/sbin/init"]
        """,
        """
        FROM debian:12
        STOPSIGNAL SIGRTMIN+3
        CMD ["/sbin/init"]
        """,
        // a wrong value is wrong-stopsignal's
        """
        FROM debian:12
        STOPSIGNAL SIGTERM
        CMD ["/sbin/init"]
        """,
        // shell form, exec'ed
        """
        FROM ubuntu:22.04
        # expect: DW2005 [1:10-1:30] "sets no `STOPSIGNAL`"
        CMD exec /lib/systemd/systemd
        """,
        // inherited from a stage of the file, and from a known init image
        """
        FROM debian:12 AS base
        STOPSIGNAL SIGRTMIN+3
        FROM base
        CMD ["/sbin/init"]
        """,
        """
        FROM registry.access.redhat.com/ubi8/ubi-init
        RUN dnf -y install httpd && systemctl enable httpd
        """,
        // centos/systemd does not set one
        """
        # expect: DW2005 [1:6-1:20] "sets no `STOPSIGNAL`"
        FROM centos/systemd
        RUN yum -y install httpd && systemctl enable httpd
        """,
        // in an ONBUILD trigger of the stage built from
        """
        FROM debian:12 AS base
        ONBUILD STOPSIGNAL SIGRTMIN+3
        FROM base
        CMD ["/sbin/init"]
        """,
        // multi-stage: the build stage is not a systemd image
        """
        FROM debian:12 AS build
        RUN make
        FROM debian:12
        STOPSIGNAL SIGRTMIN+3
        CMD ["/sbin/init"]
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

  @Test
  void unknownBaseIsInfo() {
    assertThat(T.findings("FROM centos7-systemd\nRUN yum -y install httpd\nCMD [\"/usr/sbin/init\"]\n")).singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.INFO);
          assertThat(f.message()).endsWith("; base image `centos7-systemd` not visible; map it in the config");
          assertThat(f.fix()).isEmpty();
        });
  }

  static Stream<Arguments> fixes() {
    return Stream.of(
        Arguments.of("""
            FROM debian:12
            RUN apt-get update
            CMD ["/sbin/init"]
            """, """
            FROM debian:12
            RUN apt-get update
            STOPSIGNAL SIGRTMIN+3
            CMD ["/sbin/init"]
            """),
        Arguments.of("""
            FROM debian:12
            # dockwright: ignore=DW3000
            CMD ["/sbin/init"]
            """, """
            FROM debian:12
            STOPSIGNAL SIGRTMIN+3
            # dockwright: ignore=DW3000
            CMD ["/sbin/init"]
            """),
        Arguments.of("""
            FROM centos/systemd
            RUN yum -y install httpd
            """, """
            FROM centos/systemd
            RUN yum -y install httpd
            STOPSIGNAL SIGRTMIN+3
            """));
  }

  @ParameterizedTest
  @MethodSource("fixes")
  void addsTheStopSignalBeforeInit(String before, String after) {
    T.fix(before, after);
  }
}
