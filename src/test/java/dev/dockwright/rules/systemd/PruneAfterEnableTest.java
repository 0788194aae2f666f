package dev.dockwright.rules.systemd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PruneAfterEnableTest {
  private static final RuleTester T = RuleTester.of(PruneAfterEnable.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM centos:7
        RUN yum -y install httpd && systemctl enable httpd
        # expect: DW2015 [1:11-1:40] "this removes the links `systemctl enable` made on line 2, so `httpd.service` never starts: prune before enabling, or enable again after it"
        RUN rm -f /etc/systemd/system/*.wants/*
        CMD ["/usr/sbin/init"]
        """,
        // the same RUN, and the multi-user directory
        """
        FROM centos:7
        # expect: DW2015 "so `httpd.service`, `sshd.service` never start"
        RUN systemctl enable httpd sshd; rm -f /etc/systemd/system/multi-user.target.wants/*
        CMD ["/usr/sbin/init"]
        """,
        // pruning first is right
        """
        FROM centos:7
        RUN rm -f /etc/systemd/system/*.wants/*
        RUN yum -y install httpd && systemctl enable httpd
        CMD ["/usr/sbin/init"]
        """,
        // enabled again after the pruning
        """
        FROM centos:7
        RUN systemctl enable httpd
        RUN rm -f /etc/systemd/system/*.wants/* && systemctl enable httpd
        CMD ["/usr/sbin/init"]
        """,
        // the vendor directory does not hold enable links
        """
        FROM centos:7
        RUN systemctl enable httpd
        RUN rm -f /lib/systemd/system/multi-user.target.wants/*
        CMD ["/usr/sbin/init"]
        """,
        // a socket lives in sockets.target.wants
        """
        FROM centos:7
        RUN systemctl enable cockpit.socket
        # expect: DW2015 "`cockpit.socket` never starts"
        RUN rm -f /etc/systemd/system/sockets.target.wants/*
        CMD ["/usr/sbin/init"]
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

  @Test
  void pointsAtTheEnable() {
    String file = "FROM centos:7\nRUN systemctl enable httpd\nRUN rm -f /etc/systemd/system/*.wants/*\n"
        + "CMD [\"/usr/sbin/init\"]\n";
    assertThat(T.findings(file)).singleElement().satisfies(f -> {
      assertThat(f.related()).singleElement().satisfies(r -> assertThat(r.range().toString()).isEqualTo("2:22-2:27"));
    });
  }

  @Test
  void enablesAgainAfterThePruning() {
    T.fix("""
        FROM centos:7
        RUN yum -y install httpd && systemctl enable httpd sshd
        RUN rm -f /etc/systemd/system/*.wants/*
        CMD ["/usr/sbin/init"]
        """, """
        FROM centos:7
        RUN yum -y install httpd && systemctl enable httpd sshd
        RUN rm -f /etc/systemd/system/*.wants/* && systemctl enable httpd.service sshd.service
        CMD ["/usr/sbin/init"]
        """);
  }

  /** A pruning in the stage this one is built from: only the advice (the fix edits the stage it targets). */
  @Test
  void onlyAdviceForAPruningInAnotherStage() {
    String file = "FROM centos:7 AS base\nRUN systemctl enable httpd\nRUN rm -f /etc/systemd/system/*.wants/*\n"
        + "FROM base\nCMD [\"/usr/sbin/init\"]\n";
    assertThat(T.findings(file)).singleElement().satisfies(f -> assertThat(f.fix()).hasValueSatisfying(
        fix -> assertThat(fix.edits()).isEmpty()));
  }
}
