package dev.dockwright.rules.systemd;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EmptyContainerEnvTest {
  private static final RuleTester T = RuleTester.of(EmptyContainerEnv.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM centos:7
        # expect: DW2008 [1:5-1:15] "`container` is set empty, which tells systemd it is not in a container"
        ENV container=
        CMD ["/usr/sbin/init"]
        """,
        """
        FROM centos:7
        # expect: DW2008 [1:5-1:17] "`container` is set empty"
        ENV container=""
        CMD ["/usr/sbin/init"]
        """,
        """
        FROM centos:7
        ENV container=docker
        CMD ["/usr/sbin/init"]
        """,
        // the last one counts
        """
        FROM centos:7
        ENV container=
        ENV container=docker
        CMD ["/usr/sbin/init"]
        """,
        """
        FROM centos:7
        ENV container=
        CMD ["/bin/bash"]
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

  @Test
  void setsDocker() {
    T.fix("FROM centos:7\nENV LANG=C container=\"\"\nCMD [\"/usr/sbin/init\"]\n",
        "FROM centos:7\nENV LANG=C container=docker\nCMD [\"/usr/sbin/init\"]\n");
  }
}
