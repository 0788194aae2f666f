package dev.dockwright.rules.systemd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.rule.Settings;
import dev.dockwright.rules.RuleTester;
import dev.dockwright.semantic.CgroupEra;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RunNoteCgroupRoOnV2Test {
  private static final RuleTester T = RuleTester.of(RunNoteCgroupRoOnV2.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM rockylinux:9
        # expect: DW2022 [1:39-1:74] "this run line mounts `/sys/fs/cgroup` read-only, which fails on a cgroup v2 host ("Read-only file system") (assumed cgroup v2 because the base image is Rocky Linux 9"
        LABEL RUN="docker run -d --privileged -v /sys/fs/cgroup:/sys/fs/cgroup:ro IMAGE"
        CMD ["/sbin/init"]
        """,
        // a comment note
        """
        # expect: DW2022 [0:36-0:71] "this run line mounts `/sys/fs/cgroup` read-only"
        # Run: docker run --privileged -ti -v /sys/fs/cgroup:/sys/fs/cgroup:ro -p 80:80 IMAGE
        FROM debian:12
        CMD ["/sbin/init"]
        """,
        """
        FROM rockylinux:9
        LABEL RUN="docker run -d --privileged --cgroupns=host -v /sys/fs/cgroup:/sys/fs/cgroup:rw IMAGE"
        CMD ["/sbin/init"]
        """,
        // the v1 era: the read-only mount is right
        """
        FROM centos:7
        LABEL RUN="docker run -d --privileged -v /sys/fs/cgroup:/sys/fs/cgroup:ro IMAGE"
        CMD ["/usr/sbin/init"]
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

  @Test
  void commentNoteIsReportedAtTheMount() {
    String file = "# Run: docker run --privileged -ti -v /sys/fs/cgroup:/sys/fs/cgroup:ro -p 80:80 IMAGE\n"
        + "FROM debian:12\nCMD [\"/sbin/init\"]\n";
    assertThat(T.findings(file)).singleElement()
        .satisfies(f -> assertThat(f.range().toString()).isEqualTo("1:36-1:71"));
  }

  @Test
  void anUnknownBaseWithTheV1NoteIsV1() {
    assertThat(T.findings("FROM centos7-systemd\nLABEL RUN=\"docker run --privileged -v /sys/fs/cgroup:/sys/fs/cgroup:ro"
        + " IMAGE\"\nCMD [\"/usr/sbin/init\"]\n")).isEmpty();
    RuleTester v2 = T.with(Settings.defaults().withSystemdCgroup(CgroupEra.Setting.V2));
    assertThat(v2.findings("FROM centos7-systemd\nLABEL RUN=\"docker run --privileged -v /sys/fs/cgroup:/sys/fs/cgroup:ro"
        + " IMAGE\"\nCMD [\"/usr/sbin/init\"]\n")).hasSize(1);
  }

  static Stream<Arguments> fixes() {
    return Stream.of(
        Arguments.of("""
            FROM rockylinux:9
            LABEL RUN="docker run -d --privileged -v /sys/fs/cgroup:/sys/fs/cgroup:ro IMAGE"
            CMD ["/sbin/init"]
            """, """
            FROM rockylinux:9
            LABEL RUN="docker run -d --privileged --cgroupns=host -v /sys/fs/cgroup:/sys/fs/cgroup:rw IMAGE"
            CMD ["/sbin/init"]
            """),
        Arguments.of("""
            # docker run --privileged --cgroupns host -v /sys/fs/cgroup:/sys/fs/cgroup:ro IMAGE
            FROM debian:12
            CMD ["/sbin/init"]
            """, """
            # docker run --privileged --cgroupns host -v /sys/fs/cgroup:/sys/fs/cgroup:rw IMAGE
            FROM debian:12
            CMD ["/sbin/init"]
            """));
  }

  @ParameterizedTest
  @MethodSource("fixes")
  void writesTheV2RunLine(String before, String after) {
    T.fix(before, after);
  }
}
