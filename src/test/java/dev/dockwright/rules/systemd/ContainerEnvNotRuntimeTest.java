package dev.dockwright.rules.systemd;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ContainerEnvNotRuntimeTest {
  private static final RuleTester T = RuleTester.of(ContainerEnvNotRuntime.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM centos:7
        # expect: DW2009 [1:5-1:21] "`ARG container` is a build-time variable: systemd, PID 1 of the running container, never sees it; use `ENV container=docker`"
        ARG container=docker
        CMD ["/usr/sbin/init"]
        """,
        """
        FROM centos:7
        # expect: DW2009 [1:29-1:45] "`container` set in a RUN is gone when the RUN ends"
        RUN yum -y update && export container=docker
        CMD ["/usr/sbin/init"]
        """,
        """
        FROM centos:7
        # expect: DW2009 [1:5-1:21] "`container` set in a RUN is gone when the RUN ends"
        RUN container=docker; yum -y update
        CMD ["/usr/sbin/init"]
        """,
        // an ENV makes them harmless
        """
        FROM centos:7
        ARG container=docker
        ENV container=$container
        CMD ["/usr/sbin/init"]
        """,
        // a prefix assignment is for that command only, and not an attempt at the image's ENV
        """
        FROM centos:7
        RUN container=docker /usr/local/bin/setup
        ENV container=docker
        CMD ["/usr/sbin/init"]
        """,
        """
        FROM centos:7
        ARG container
        CMD ["/bin/bash"]
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

  @Test
  void argBecomesEnvWithUnsafeFixes() {
    T.unsafeFix("FROM centos:7\nARG container\nCMD [\"/usr/sbin/init\"]\n",
        "FROM centos:7\nENV container=docker\nCMD [\"/usr/sbin/init\"]\n");
    T.unsafeFix("FROM centos:7\nARG container=oci\nCMD [\"/usr/sbin/init\"]\n",
        "FROM centos:7\nENV container=oci\nCMD [\"/usr/sbin/init\"]\n");
  }
}
