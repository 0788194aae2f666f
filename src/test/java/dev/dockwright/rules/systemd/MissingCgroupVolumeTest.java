package dev.dockwright.rules.systemd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.rule.Settings;
import dev.dockwright.rule.Severity;
import dev.dockwright.rules.RuleTester;
import dev.dockwright.semantic.CgroupEra;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MissingCgroupVolumeTest {
  private static final RuleTester T = RuleTester.of(MissingCgroupVolume.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM centos:7
        # expect: DW2002 [1:6-1:22] "systemd image declares no `VOLUME [ "/sys/fs/cgroup" ]`, which systemd before 230 needs to find the cgroup file system (assumed cgroup v1 because the base image is CentOS 7 with systemd 219"
        CMD ["/usr/sbin/init"]
        """,
        """
        FROM centos:7
        VOLUME [ "/sys/fs/cgroup" ]
        CMD ["/usr/sbin/init"]
        """,
        """
        FROM centos:7
        VOLUME /sys/fs/cgroup/ /data
        CMD ["/usr/sbin/init"]
        """,
        // cgroup v2 era: silent (cgroup-volume-on-cgroup-v2 says the opposite)
        """
        FROM rockylinux:9
        CMD ["/sbin/init"]
        """,
        // inherited from a stage of the file
        """
        FROM centos:7 AS base
        VOLUME [ "/sys/fs/cgroup" ]
        FROM base
        CMD ["/usr/sbin/init"]
        """,
        // centos/systemd declares it
        """
        FROM centos/systemd
        RUN yum -y install httpd && systemctl enable httpd
        """,
        // Ubuntu 16.04 ships systemd 229
        """
        FROM ubuntu:16.04
        RUN apt-get update && apt-get install -y systemd systemd-sysv
        # expect: DW2002 "(assumed cgroup v1 because the base image is Ubuntu 16.04 with systemd 229"
        CMD ["/sbin/init"]
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

  @Test
  void configuredV1OnAModernBase() {
    RuleTester v1 = T.with(Settings.defaults().withSystemdCgroup(CgroupEra.Setting.V1));
    assertThat(v1.findings("FROM debian:12\nCMD [\"/sbin/init\"]\n")).singleElement()
        .satisfies(f -> assertThat(f.message()).endsWith("(cgroup v1 as set by `systemd.cgroup`)"));
  }

  @Test
  void unknownBaseWithAV1RunNoteIsInfo() {
    String file = """
        FROM centos7-systemd
        LABEL RUN="docker run --privileged -v /sys/fs/cgroup:/sys/fs/cgroup:ro IMAGE"
        CMD ["/usr/sbin/init"]
        """;
    assertThat(T.findings(file)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.message()).contains("(assumed cgroup v1 because the file's run note mounts /sys/fs/cgroup"
          + " read-only, the cgroup v1 recipe;").endsWith("base image `centos7-systemd` not visible; map it in the config");
      assertThat(f.fix()).isEmpty();
    });
  }

  @Test
  void insertsTheVolumeBeforeInit() {
    T.fix("""
        FROM centos:7
        RUN yum -y update && yum clean all
        CMD ["/usr/sbin/init"]
        """, """
        FROM centos:7
        RUN yum -y update && yum clean all
        VOLUME [ "/sys/fs/cgroup" ]
        CMD ["/usr/sbin/init"]
        """);
  }
}
