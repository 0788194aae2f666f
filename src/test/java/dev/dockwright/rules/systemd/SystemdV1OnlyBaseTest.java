package dev.dockwright.rules.systemd;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SystemdV1OnlyBaseTest {
  private static final RuleTester T = RuleTester.of(SystemdV1OnlyBase.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        # expect: DW2026 [1:6-1:20] "`centos:centos7` ships systemd 219, which cannot boot on a cgroup v2 host (the default of current Docker and Podman hosts): move to a base with systemd 230 or later to run there"
        FROM centos:centos7
        CMD ["/usr/sbin/init"]
        """,
        """
        # expect: DW2026 "`ubuntu:16.04` ships systemd 229"
        FROM ubuntu:16.04 AS base
        FROM base
        CMD ["/sbin/init"]
        """,
        """
        FROM debian:9
        CMD ["/sbin/init"]
        """,
        """
        FROM centos:7
        CMD ["/bin/bash"]
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }
}
