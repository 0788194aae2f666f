package dev.dockwright.rules.systemd;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class InitNotPid1Test {
  private static final RuleTester T = RuleTester.of(InitNotPid1.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM debian:12
        # expect: DW2011 [1:13-1:28] "`tini` becomes PID 1 and runs init as its child, but systemd only boots as PID 1: start init directly"
        ENTRYPOINT ["/usr/bin/tini", "--"]
        CMD ["/sbin/init"]
        """,
        """
        FROM debian:12
        # expect: DW2011 [1:13-1:24] "`dumb-init` becomes PID 1"
        ENTRYPOINT ["dumb-init", "/sbin/init"]
        """,
        """
        FROM debian:12
        # expect: DW2011 [1:29-1:39] "`sh -c` runs `/sbin/init` as its child, but systemd only boots as PID 1: start it with `exec`"
        CMD ["sh", "-c", "setup-db; /sbin/init"]
        """,
        """
        FROM debian:12
        # expect: DW2011 [1:29-1:39] "`/bin/sh -c` runs `/sbin/init` as its child"
        CMD /usr/local/bin/setup && /sbin/init
        """,
        """
        FROM debian:12
        CMD ["sh", "-c", "setup-db; exec /sbin/init"]
        """,
        """
        FROM debian:12
        CMD ["/bin/bash", "-c", "exec /sbin/init --log-target=journal 3>&1"]
        """,
        // an entrypoint script usually ends with exec "$@": not guessed
        """
        FROM debian:12
        ENTRYPOINT ["/entrypoint.sh"]
        CMD ["/sbin/init"]
        """,
        // shell form with init alone: init-shell-form
        """
        FROM debian:12
        CMD /sbin/init
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

  static Stream<Arguments> safeFixes() {
    return Stream.of(
        Arguments.of("FROM debian:12\nCMD [\"sh\", \"-c\", \"setup-db; /sbin/init\"]\n",
            "FROM debian:12\nCMD [\"sh\", \"-c\", \"setup-db; exec /sbin/init\"]\n"),
        Arguments.of("FROM debian:12\nCMD /usr/local/bin/setup; /sbin/init\n",
            "FROM debian:12\nCMD /usr/local/bin/setup; exec /sbin/init\n"));
  }

  @ParameterizedTest
  @MethodSource("safeFixes")
  void execsInit(String before, String after) {
    T.fix(before, after);
  }

  static Stream<Arguments> unsafeFixes() {
    return Stream.of(
        Arguments.of("FROM debian:12\nENTRYPOINT [\"/usr/bin/tini\", \"--\"]\nCMD [\"/sbin/init\"]\n",
            "FROM debian:12\nCMD [\"/sbin/init\"]\n"),
        Arguments.of("FROM debian:12\nENTRYPOINT [\"dumb-init\", \"/sbin/init\", \"--show-status=1\"]\n",
            "FROM debian:12\nENTRYPOINT [\"/sbin/init\", \"--show-status=1\"]\n"));
  }

  @ParameterizedTest
  @MethodSource("unsafeFixes")
  void dropsTheProcessManager(String before, String after) {
    T.unsafeFix(before, after);
  }
}
