package dev.dockwright.rules.systemd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FakesystemdInstalledTest {
  private static final RuleTester T = RuleTester.of(FakesystemdInstalled.class);
  private static final String VAULT = "RUN sed -i -e \"s/^mirrorlist/#mirrorlist/\" -e \"s|^#baseurl=http://mirror.centos.org|baseurl=http://vault.centos.org|\" /etc/yum.repos.d/*.repo";

  static Stream<String> cases() {
    return Stream.of(
        """
        # expect: DW2003 [1:6-1:21] "`centos:7.0.1406` ships `fakesystemd` in place of systemd, and this image runs systemd without swapping it out: systemd cannot boot; swap it once the repositories point at vault.centos.org, as the mirrors are gone"
        FROM centos:7.0.1406
        CMD ["/usr/sbin/init"]
        """,
        """
        # expect: DW2003 [1:6-1:27] "`centos:centos7.0.1406` ships `fakesystemd` in place of systemd, and this image enables systemd"
        FROM centos:centos7.0.1406
        RUN yum -y install httpd && systemctl enable httpd
        """,
        """
        # expect: DW2003 "`centos:7.1.1503` ships `systemd-container` in place of systemd"
        FROM centos:7.1.1503
        CMD ["/usr/sbin/init"]
        """,
        """
        FROM centos:7.0.1406
        RUN yum -y swap -- remove fakesystemd -- install systemd systemd-libs
        CMD ["/usr/sbin/init"]
        """,
        """
        FROM centos:7.1.1503
        RUN yum -y swap -- remove systemd-container systemd-container-libs -- install systemd systemd-libs
        CMD ["/usr/sbin/init"]
        """,
        // the swap of the wrong stub does not help
        """
        # expect: DW2003 "`centos:7.1.1503` ships `systemd-container`"
        FROM centos:7.1.1503
        RUN yum -y swap -- remove fakesystemd -- install systemd systemd-libs
        CMD ["/usr/sbin/init"]
        """,
        // the swap in the stage the image is built from counts; reported once for both stages
        """
        FROM centos:7.0.1406 AS base
        RUN yum -y swap -- remove fakesystemd -- install systemd systemd-libs
        FROM base
        CMD ["/usr/sbin/init"]
        """,
        """
        # expect: DW2003 [1:6-1:21] "`centos:7.0.1406` ships `fakesystemd`"
        FROM centos:7.0.1406 AS base
        CMD ["/usr/sbin/init"]
        FROM base
        RUN yum -y install httpd
        """,
        """
        FROM centos:7
        # expect: DW2003 [1:20-1:31] "`fakesystemd` is a stub that satisfies package dependencies but cannot boot: install `systemd` instead"
        RUN yum -y install fakesystemd httpd
        CMD ["/usr/sbin/init"]
        """,
        // today's centos:7 ships systemd; not a systemd image
        """
        FROM centos:7
        CMD ["/usr/sbin/init"]
        """,
        """
        FROM centos:7.0.1406
        CMD ["/bin/bash"]
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

  static Stream<Arguments> fixes() {
    return Stream.of(
        // After the instruction that points the repositories at the vault: before it, the swap fails.
        Arguments.of("""
            FROM centos:7.0.1406
            ENV container docker
            %1$s
            CMD ["/usr/sbin/init"]
            """.formatted(VAULT), """
            FROM centos:7.0.1406
            ENV container docker
            %1$s
            RUN yum -y swap -- remove fakesystemd -- install systemd systemd-libs
            CMD ["/usr/sbin/init"]
            """.formatted(VAULT)),
        Arguments.of("""
            FROM centos:7.1.1503
            %1$s
            CMD ["/usr/sbin/init"]
            """.formatted(VAULT), """
            FROM centos:7.1.1503
            %1$s
            RUN yum -y swap -- remove systemd-container systemd-container-libs -- install systemd systemd-libs
            CMD ["/usr/sbin/init"]
            """.formatted(VAULT)));
  }

  @ParameterizedTest
  @MethodSource("fixes")
  void swapsRightAfterFrom(String before, String after) {
    T.fix(before, after);
  }

  /** The swap must come after the redirect and before the pruning: where one RUN does both, no fix. */
  @Test
  void noFixWhenThePruningIsNotAfterTheRedirect() {
    assertThat(T.findings("FROM centos:7.0.1406\n" + VAULT + " && rm -f /etc/systemd/system/*.wants/*\n"
        + "CMD [\"/usr/sbin/init\"]\n")).singleElement().satisfies(f -> {
          assertThat(f.message()).endsWith("; swap it after the repositories point at vault.centos.org and before"
              + " the unit links are pruned");
          assertThat(f.fix()).isEmpty();
        });
  }

  @Test
  void crlfFile() {
    T.fix("FROM centos:7.0.1406\r\n" + VAULT + "\r\nCMD [\"/usr/sbin/init\"]\r\n",
        "FROM centos:7.0.1406\r\n" + VAULT + "\r\nRUN yum -y swap -- remove fakesystemd -- install systemd systemd-libs\r\n"
            + "CMD [\"/usr/sbin/init\"]\r\n");
  }
}
