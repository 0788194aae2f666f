package dev.dockwright.rules.systemd;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PrunedUserSessionsTest {
  private static final RuleTester T = RuleTester.of(PrunedUserSessions.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM centos:7
        # expect: DW2017 [1:11-1:56] "this empties `multi-user.target.wants`, `systemd-user-sessions.service` included: `/run/nologin` is then never removed and non-root logins (ssh, su) are refused; keep it"
        RUN rm -f /lib/systemd/system/multi-user.target.wants/*
        CMD ["/usr/sbin/init"]
        """,
        """
        FROM centos:7
        # expect: DW2017 "this empties `multi-user.target.wants`"
        RUN rm -f /usr/lib/systemd/system/multi-user.target.wants/*
        CMD ["/usr/sbin/init"]
        """,
        // a loop with another exception
        """
        FROM centos:7
        # expect: DW2017 [1:103-1:105] "this empties `multi-user.target.wants`"
        RUN cd /lib/systemd/system/multi-user.target.wants && for i in *; do [ "$i" = dbus.service ] || rm -f $i; done
        CMD ["/usr/sbin/init"]
        """,
        """
        FROM centos:7
        RUN (cd /lib/systemd/system/multi-user.target.wants/ && for i in *; do [ "$i" = systemd-user-sessions.service ] || rm -f "$i"; done)
        CMD ["/usr/sbin/init"]
        """,
        """
        FROM centos:7
        RUN cd /lib/systemd/system/multi-user.target.wants && \\
            for i in *; do if [ "$i" != systemd-user-sessions.service ]; then rm -f "$i"; fi; done
        CMD ["/usr/sbin/init"]
        """,
        """
        FROM ubuntu:22.04
        RUN find /lib/systemd/system /etc/systemd/system -path '*.wants/*' -not -name '*systemd-user-sessions*' -delete
        CMD ["/sbin/init"]
        """,
        // enabled again afterwards
        """
        FROM centos:7
        RUN rm -f /lib/systemd/system/multi-user.target.wants/* && systemctl enable systemd-user-sessions
        CMD ["/usr/sbin/init"]
        """,
        // other directories are not this rule's
        """
        FROM centos:7
        RUN rm -f /lib/systemd/system/basic.target.wants/*
        CMD ["/usr/sbin/init"]
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

  static Stream<Arguments> fixes() {
    return Stream.of(
        Arguments.of("""
            FROM centos:7
            RUN yum -y update; \\
            rm -f /lib/systemd/system/multi-user.target.wants/*;\\
            rm -f /lib/systemd/system/basic.target.wants/*
            CMD ["/usr/sbin/init"]
            """, """
            FROM centos:7
            RUN yum -y update; \\
            (cd /lib/systemd/system/multi-user.target.wants/ && for i in *; do [ "$i" = systemd-user-sessions.service ] || rm -f "$i"; done);\\
            rm -f /lib/systemd/system/basic.target.wants/*
            CMD ["/usr/sbin/init"]
            """));
  }

  @ParameterizedTest
  @MethodSource("fixes")
  void keepsTheUnit(String before, String after) {
    T.fix(before, after);
  }

  /** In a script that does not parse (here `*` continued into `(`), the end of the rm is a guess: no fix. */
  @org.junit.jupiter.api.Test
  void noFixInAScriptThatDoesNotParse() {
    T.noFix("FROM centos:7\nRUN rm /lib/systemd/system/multi-user.target.wants/*\\\n(\nCMD [\"/usr/sbin/init\"]\n");
  }
}
