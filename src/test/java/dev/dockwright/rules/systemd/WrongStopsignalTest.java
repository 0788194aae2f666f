package dev.dockwright.rules.systemd;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class WrongStopsignalTest {
  private static final RuleTester T = RuleTester.of(WrongStopsignal.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM debian:12
        # expect: DW2006 [1:12-1:19] "`STOPSIGNAL SIGTERM` makes systemd re-execute itself instead of shutting down: it is killed after the stop timeout"
        STOPSIGNAL SIGTERM
        CMD ["/sbin/init"]
        """,
        """
        FROM debian:12
        # expect: DW2006 [1:12-1:18] "`STOPSIGNAL SIGINT` is ctrl-alt-del to systemd: it starts `ctrl-alt-del.target` and reboots instead of shutting down"
        STOPSIGNAL SIGINT
        CMD ["/sbin/init"]
        """,
        """
        FROM debian:12
        # expect: DW2006 "`STOPSIGNAL 9` kills systemd outright"
        STOPSIGNAL 9
        CMD ["/sbin/init"]
        """,
        """
        FROM debian:12
        # expect: DW2006 "`STOPSIGNAL SIGUSR1` does not shut systemd down: it halts on SIGRTMIN+3"
        STOPSIGNAL SIGUSR1
        CMD ["/sbin/init"]
        """,
        """
        FROM debian:12
        # expect: DW2006 "`STOPSIGNAL 37` is SIGRTMIN+3 only with glibc's numbering"

        STOPSIGNAL 37
        CMD ["/sbin/init"]
        """,
        """
        FROM debian:12
        # 37 is SIGRTMIN+3 with glibc
        STOPSIGNAL 37
        CMD ["/sbin/init"]
        """,
        """
        FROM debian:12
        STOPSIGNAL rtmin+3
        CMD ["/sbin/init"]
        """,
        """
        FROM debian:12
        STOPSIGNAL SIGRTMIN+4
        CMD ["/sbin/init"]
        """,
        // only the STOPSIGNAL in effect counts
        """
        FROM debian:12
        STOPSIGNAL SIGTERM
        STOPSIGNAL SIGRTMIN+3
        CMD ["/sbin/init"]
        """,
        // through a variable
        """
        FROM debian:12
        ENV SIG=SIGKILL
        # expect: DW2006 [1:12-1:16] "`STOPSIGNAL SIGKILL` kills systemd outright"
        STOPSIGNAL $SIG
        CMD ["/sbin/init"]
        """,
        // not a systemd image
        """
        FROM nginx:1.27
        STOPSIGNAL SIGQUIT
        """,
        // inherited by two systemd stages: reported once
        """
        FROM debian:12 AS base
        # expect: DW2006 "`STOPSIGNAL SIGTERM`"
        STOPSIGNAL SIGTERM
        CMD ["/sbin/init"]
        FROM base
        FROM base
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

  @Test
  void replacesTheSignal() {
    T.fix("FROM debian:12\nSTOPSIGNAL SIGTERM\nCMD [\"/sbin/init\"]\n",
        "FROM debian:12\nSTOPSIGNAL SIGRTMIN+3\nCMD [\"/sbin/init\"]\n");
  }
}
