package dev.dockwright.rules.systemd;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class InitBinaryMissingTest {
  private static final RuleTester T = RuleTester.of(InitBinaryMissing.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM ubuntu:22.04
        # expect: DW2012 [1:6-1:18] "`ubuntu:22.04` ships no systemd and the file installs none, so `/sbin/init` does not exist: install `systemd systemd-sysv`"
        CMD ["/sbin/init"]
        """,
        """
        FROM debian:12
        RUN apt-get update && apt-get install -y --no-install-recommends systemd dbus
        # expect: DW2012 [1:6-1:18] "`/sbin/init` comes from `systemd-sysv`, which the file does not install: install it, or start `/lib/systemd/systemd`"
        CMD ["/sbin/init"]
        """,
        """
        FROM debian:bullseye
        RUN apt-get update && apt-get install -y systemd systemd-sysv
        # expect: DW2012 [1:6-1:22] "Debian 11 has no `/usr/sbin/init` (its /usr is not merged): start `/sbin/init`"
        CMD ["/usr/sbin/init"]
        """,
        """
        FROM debian:12
        RUN apt-get update && apt-get install -y systemd systemd-sysv
        CMD ["/usr/sbin/init"]
        """,
        """
        FROM ubuntu:22.04
        RUN apt-get update && apt-get install -y systemd
        CMD ["/lib/systemd/systemd"]
        """,
        """
        FROM ubuntu:22.04
        # expect: DW2012 "ships no systemd and the file installs none, so `/lib/systemd/systemd` does not exist"
        CMD ["/lib/systemd/systemd"]
        """,
        // the installed set is not known
        """
        FROM ubuntu:22.04
        ARG PACKAGES
        RUN apt-get update && apt-get install -y $PACKAGES
        CMD ["/sbin/init"]
        """,
        // a heredoc RUN installs it
        """
        FROM debian:12
        RUN <<EOF
        apt-get update
        apt-get install -y systemd systemd-sysv
        EOF
        CMD ["/sbin/init"]
        """,
        // EL images are not judged; unknown bases neither
        """
        FROM rockylinux:9
        CMD ["/sbin/init"]
        """,
        """
        FROM my-debian-systemd
        CMD ["/sbin/init"]
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

  static Stream<Arguments> fixes() {
    return Stream.of(
        Arguments.of("FROM debian:12\nRUN apt-get update && apt-get install -y systemd\nCMD [\"/sbin/init\"]\n",
            "FROM debian:12\nRUN apt-get update && apt-get install -y systemd\nCMD [\"/lib/systemd/systemd\"]\n"),
        Arguments.of("FROM debian:12\nRUN apt-get update && apt-get install -y systemd\nCMD exec /sbin/init\n",
            "FROM debian:12\nRUN apt-get update && apt-get install -y systemd\nCMD exec /lib/systemd/systemd\n"),
        Arguments.of("FROM debian:11\nRUN apt-get install -y systemd systemd-sysv\nCMD [\"/usr/sbin/init\"]\n",
            "FROM debian:11\nRUN apt-get install -y systemd systemd-sysv\nCMD [\"/sbin/init\"]\n"));
  }

  @ParameterizedTest
  @MethodSource("fixes")
  void startsAnInitThatExists(String before, String after) {
    T.fix(before, after);
  }
}
