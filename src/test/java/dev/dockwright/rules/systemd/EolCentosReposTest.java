package dev.dockwright.rules.systemd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.fix.Applicability;
import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EolCentosReposTest {
  private static final RuleTester T = RuleTester.of(EolCentosRepos.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        # expect: DW2025 [1:6-1:14] "`centos:7` is end of life and its mirrorlist is gone, so `yum install` on line 3 fails on every build: move to a supported base, or point the repositories at vault.centos.org"
        FROM centos:7
        RUN yum -y install httpd
        CMD ["/usr/sbin/init"]
        """,
        """
        # expect: DW2025 "`centos:8` is end of life and its mirrorlist is gone, so `dnf makecache`"
        FROM centos:8
        RUN dnf makecache && dnf -y install httpd
        CMD ["/sbin/init"]
        """,
        """
        # expect: DW2025 "`quay.io/centos/centos:stream8` is end of life"
        FROM quay.io/centos/centos:stream8
        RUN dnf -y install httpd
        CMD ["/sbin/init"]
        """,
        // pointed at the vault
        """
        FROM centos:7
        RUN sed -i -e 's/^mirrorlist/#mirrorlist/' -e 's|^#baseurl=http://mirror.centos.org|baseurl=http://vault.centos.org|' /etc/yum.repos.d/*.repo
        RUN yum -y install httpd
        CMD ["/usr/sbin/init"]
        """,
        // no network call
        """
        FROM centos:7
        RUN yum clean all
        CMD ["/usr/sbin/init"]
        """,
        """
        FROM quay.io/centos/centos:stream9
        RUN dnf -y install httpd
        CMD ["/sbin/init"]
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

  @Test
  void offersADisplayOnlyFix() {
    assertThat(T.findings("FROM centos:7\nRUN yum -y update\nCMD [\"/usr/sbin/init\"]\n")).singleElement()
        .satisfies(f -> assertThat(f.fix()).hasValueSatisfying(
            fix -> assertThat(fix.applicability()).isEqualTo(Applicability.DISPLAY_ONLY)));
  }
}
