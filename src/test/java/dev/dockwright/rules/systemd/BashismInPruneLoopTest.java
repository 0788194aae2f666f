package dev.dockwright.rules.systemd;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BashismInPruneLoopTest {
  private static final RuleTester T = RuleTester.of(BashismInPruneLoop.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM debian:12
        # expect: DW2018 [1:72-1:74] "`==` is not POSIX: under dash (`/bin/sh` on Debian 12) the test fails with "unexpected operator", so the loop removes every link, `systemd-tmpfiles-setup.service` included; use `=`"
        RUN (cd /lib/systemd/system/sysinit.target.wants/; for i in *; do [ $i == systemd-tmpfiles-setup.service ] || rm -f $i; done)
        CMD ["/sbin/init"]
        """,
        // bash as SHELL understands ==
        """
        FROM debian:12
        SHELL ["/bin/bash", "-c"]
        RUN (cd /lib/systemd/system/sysinit.target.wants/; for i in *; do [ $i == systemd-tmpfiles-setup.service ] || rm -f $i; done)
        CMD ["/sbin/init"]
        """,
        // so does /bin/sh on CentOS (bash)
        """
        FROM centos:7
        RUN (cd /lib/systemd/system/sysinit.target.wants/; for i in *; do [ $i == systemd-tmpfiles-setup.service ] || rm -f $i; done)
        CMD ["/usr/sbin/init"]
        """,
        // bash -c inside a dash RUN
        """
        FROM ubuntu:22.04
        RUN bash -c 'cd /lib/systemd/system/sysinit.target.wants/ && for i in *; do [ $i == systemd-tmpfiles-setup.service ] || rm -f $i; done'
        CMD ["/sbin/init"]
        """,
        // a heredoc run by sh, and one run by bash
        """
        FROM ubuntu:22.04
        # expect: DW2018 [4:23-4:25] "`==` is not POSIX"
        RUN <<EOF
        cd /lib/systemd/system/sysinit.target.wants/
        # a comment in the script
        for i in *; do [ "$i" == systemd-tmpfiles-setup.service ] || rm -f "$i"; done
        EOF
        RUN <<EOF bash
        cd /lib/systemd/system/sysinit.target.wants/
        for i in *; do [ "$i" == systemd-tmpfiles-setup.service ] || rm -f "$i"; done
        EOF
        CMD ["/sbin/init"]
        """,
        // an unknown base is not assumed to be Debian
        """
        FROM my-base
        RUN (cd /lib/systemd/system/sysinit.target.wants/; for i in *; do [ $i == systemd-tmpfiles-setup.service ] || rm -f $i; done)
        CMD ["/sbin/init"]
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

  @Test
  void writesTheEqualSign() {
    T.fix("""
        FROM debian:12
        RUN (cd /lib/systemd/system/sysinit.target.wants/; for i in *; do [ $i == \\
        systemd-tmpfiles-setup.service ] || rm -f $i; done)
        CMD ["/sbin/init"]
        """, """
        FROM debian:12
        RUN (cd /lib/systemd/system/sysinit.target.wants/; for i in *; do [ $i = \\
        systemd-tmpfiles-setup.service ] || rm -f $i; done)
        CMD ["/sbin/init"]
        """);
  }
}
