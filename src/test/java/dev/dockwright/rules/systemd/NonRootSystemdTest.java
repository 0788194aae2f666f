package dev.dockwright.rules.systemd;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NonRootSystemdTest {
  private static final RuleTester T = RuleTester.of(NonRootSystemd.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM debian:12
        # expect: DW2013 [1:6-1:9] "`USER app` makes the container start systemd as `app`, but systemd as PID 1 must run as root: drop the USER and set `User=` in the service units"
        USER app
        CMD ["/sbin/init"]
        """,
        """
        FROM debian:12
        USER app
        RUN make install
        USER root
        CMD ["/sbin/init"]
        """,
        """
        FROM debian:12
        USER 0:0
        CMD ["/sbin/init"]
        """,
        """
        FROM debian:12 AS base
        # expect: DW2013 [1:6-1:10] "`USER 1000` makes the container start systemd"
        USER 1000
        FROM base
        CMD ["/sbin/init"]
        """,
        """
        FROM debian:12
        ARG RUNTIME_USER
        USER $RUNTIME_USER
        CMD ["/sbin/init"]
        """,
        """
        FROM debian:12
        USER app
        CMD ["/usr/local/bin/app"]
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

  @Test
  void dropsTheUserWithUnsafeFixes() {
    T.unsafeFix("FROM debian:12\nUSER app\nCMD [\"/sbin/init\"]\n", "FROM debian:12\nCMD [\"/sbin/init\"]\n");
  }
}
