package dev.dockwright.rules.systemd;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PruneBeforeInstallTest {
  private static final RuleTester T = RuleTester.of(PruneBeforeInstall.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM centos:7
        RUN rm -f /lib/systemd/system/multi-user.target.wants/*
        # expect: DW2016 [1:12-1:19] "`yum install` after the unit-link pruning on line 2 can bring back the links it removed (packages ship and preset `.wants` links): prune after the last install"
        RUN yum -y install httpd
        CMD ["/usr/sbin/init"]
        """,
        """
        FROM debian:12
        # expect: DW2016 "`apt-get upgrade` after the unit-link pruning on line 3"
        RUN rm -f /lib/systemd/system/sysinit.target.wants/*; apt-get update && apt-get -y upgrade
        CMD ["/sbin/init"]
        """,
        // install, then prune: the recipe
        """
        FROM centos:7
        RUN yum -y update; yum clean all; rm -f /lib/systemd/system/multi-user.target.wants/*
        CMD ["/usr/sbin/init"]
        """,
        // masks are not undone by installs
        """
        FROM rockylinux:9
        RUN systemctl mask getty.target
        RUN dnf -y install httpd
        CMD ["/sbin/init"]
        """,
        // installing on top of a pruned base stage is how derived images work
        """
        FROM centos:7 AS base
        RUN rm -f /lib/systemd/system/multi-user.target.wants/*
        CMD ["/usr/sbin/init"]
        FROM base
        RUN yum -y install httpd && systemctl enable httpd
        """,
        // pip does not ship unit links
        """
        FROM debian:12
        RUN rm -f /lib/systemd/system/multi-user.target.wants/*
        RUN pip install requests
        CMD ["/sbin/init"]
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }
}
