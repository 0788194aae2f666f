package dev.dockwright.rules.systemd;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ObsoleteFakesystemdSwapTest {
  private static final RuleTester T = RuleTester.of(ObsoleteFakesystemdSwap.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM centos:centos7
        # expect: DW2004 [1:5-1:70] "`centos:centos7` already ships systemd, not `fakesystemd` (CentOS 7.2.1511 and later): the swap is a silent no-op ("No Match for argument")"
        RUN yum -y swap -- remove fakesystemd -- install systemd systemd-libs
        CMD ["/usr/sbin/init"]
        """,
        """
        FROM centos:7.9.2009
        # expect: DW2004 "`centos:7.9.2009` already ships systemd"
        RUN yum -y swap -- remove fakesystemd -- install systemd systemd-libs && yum clean all
        """,
        """
        FROM rockylinux:9
        # expect: DW2004 [1:5-1:70] "`rockylinux:9` uses dnf, which has no `swap -- remove ... -- install ...` syntax: this fails the build"
        RUN yum -y swap -- remove fakesystemd -- install systemd systemd-libs
        CMD ["/sbin/init"]
        """,
        // the swap the base needs
        """
        FROM centos:7.0.1406
        RUN yum -y swap -- remove fakesystemd -- install systemd systemd-libs
        """,
        """
        FROM centos7-systemd
        RUN yum -y swap -- remove fakesystemd -- install systemd systemd-libs
        """,
        """
        FROM centos:7
        RUN yum -y swap -- remove nano -- install vim
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
            FROM centos:centos7
            RUN yum -y swap -- remove fakesystemd -- install systemd systemd-libs
            CMD ["/usr/sbin/init"]
            """, """
            FROM centos:centos7
            CMD ["/usr/sbin/init"]
            """),
        Arguments.of("""
            FROM centos:7
            RUN yum -y swap -- remove fakesystemd -- install systemd systemd-libs && yum clean all
            """, """
            FROM centos:7
            RUN yum clean all
            """),
        Arguments.of("""
            FROM centos:7
            RUN yum -y update; yum -y swap -- remove fakesystemd -- install systemd systemd-libs
            """, """
            FROM centos:7
            RUN yum -y update
            """),
        Arguments.of("""
            FROM centos:7
            RUN yum -y swap -- remove fakesystemd -- install systemd systemd-libs""", """
            FROM centos:7"""));
  }

  @ParameterizedTest
  @MethodSource("fixes")
  void deletesTheSwapWithUnsafeFixes(String before, String after) {
    T.unsafeFix(before, after);
  }
}
