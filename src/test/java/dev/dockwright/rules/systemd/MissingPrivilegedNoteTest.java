package dev.dockwright.rules.systemd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.rule.Settings;
import dev.dockwright.rule.Severity;
import dev.dockwright.rules.RuleTester;
import dev.dockwright.semantic.CgroupEra;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MissingPrivilegedNoteTest {
  private static final RuleTester T = RuleTester.of(MissingPrivilegedNote.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM rockylinux:9
        # expect: DW2000 [1:6-1:18] "nothing says how to run this systemd image: systemd as PID 1 needs"
        CMD ["/sbin/init"]
        """,
        """
        FROM rockylinux:9
        # expect: DW2000 [1:6-1:18] "(assumed cgroup v2 because the base image is Rocky Linux 9 with systemd 252; set `systemd.cgroup` or"
        CMD ["/sbin/init"]
        """,
        """
        FROM centos:7
        # expect: DW2000 "(assumed cgroup v1 because the base image is CentOS 7 with systemd 219, which cannot boot on a cgroup v2 host;"
        CMD ["/usr/sbin/init"]
        """,
        // a run line without the privileges is not a note of them
        """
        FROM rockylinux:9
        LABEL RUN="docker run -d IMAGE"
        # expect: DW2000 "nothing says how to run this systemd image"
        CMD ["/sbin/init"]
        """,
        """
        FROM rockylinux:9
        LABEL RUN="docker run -d --privileged --cgroupns=host -v /sys/fs/cgroup:/sys/fs/cgroup:rw IMAGE"
        CMD ["/sbin/init"]
        """,
        """
        FROM rockylinux:9
        LABEL usage="podman run -d IMAGE"
        CMD ["/sbin/init"]
        """,
        // Sysbox boots systemd in an unprivileged container: the note says all that is needed
        """
        FROM debian:12
        RUN apt-get update && apt-get install -y --no-install-recommends systemd systemd-sysv
        LABEL RUN="docker run -d --runtime=sysbox-runc IMAGE"
        CMD ["/sbin/init"]
        """,
        """
        # needs --privileged
        FROM rockylinux:9
        CMD ["/sbin/init"]
        """,
        """
        FROM rockylinux:9
        # mount the host's /sys/fs/cgroup read-write
        CMD ["/sbin/init"]
        """,
        // an en dash is still a note (dash-lookalike-in-flag reports the dash)
        """
        FROM rockylinux:9
        # docker run \u2013privileged IMAGE
        CMD ["/sbin/init"]
        """,
        // not a systemd image
        """
        FROM rockylinux:9
        CMD ["httpd", "-DFOREGROUND"]
        """,
        // multi-stage: only the final stage runs systemd
        """
        FROM golang:1.22 AS build
        RUN go build -o /app .
        FROM debian:12
        COPY --from=build /app /usr/local/bin/app
        # expect: DW2000 [1:5-1:25] "nothing says how to run"
        CMD /lib/systemd/systemd
        """,
        // a stage built from a systemd stage is reported once, at the stage that starts init
        """
        FROM debian:12 AS base
        # expect: DW2000 "nothing says how to run"
        CMD ["/sbin/init"]
        FROM base
        RUN apt-get update
        """,
        // init from a known init image: reported at the base image
        """
        # expect: DW2000 [1:6-1:50] "nothing says how to run"
        FROM registry.access.redhat.com/ubi9/ubi-init:9.4
        RUN dnf -y install httpd
        """,
        // a note in the stage the image is built from counts
        """
        FROM debian:12 AS base
        LABEL RUN="docker run --privileged IMAGE"
        FROM base
        CMD ["/sbin/init"]
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

  @Test
  void configuredEraIsNamed() {
    RuleTester v1 = T.with(Settings.defaults().withSystemdCgroup(CgroupEra.Setting.V1));
    assertThat(v1.findings("FROM rockylinux:9\nCMD [\"/sbin/init\"]\n")).singleElement()
        .satisfies(f -> assertThat(f.message()).endsWith("(cgroup v1 as set by `systemd.cgroup`)"));
  }

  @Test
  void unknownBaseIsInfoWithoutFix() {
    assertThat(T.findings("FROM centos7-systemd\nCMD [\"/usr/sbin/init\"]\n")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.message()).endsWith("; base image `centos7-systemd` not visible; map it in the config");
      assertThat(f.fix()).isEmpty();
    });
  }

  static Stream<Arguments> fixes() {
    return Stream.of(
        Arguments.of("""
            FROM rockylinux:9
            CMD ["/sbin/init"]
            """, """
            FROM rockylinux:9
            # systemd runs as PID 1: it needs --privileged and the host's cgroup file system (cgroup v2 host; Podman sets this up by itself)
            LABEL RUN="docker run -d --privileged --cgroupns=host -v /sys/fs/cgroup:/sys/fs/cgroup:rw --tmpfs /run --tmpfs /run/lock IMAGE"
            CMD ["/sbin/init"]
            """),
        Arguments.of("""
            FROM centos:7
            RUN yum -y install httpd
            # start systemd
            CMD ["/usr/sbin/init"]
            """, """
            FROM centos:7
            RUN yum -y install httpd
            # systemd runs as PID 1: it needs --privileged and the host's cgroup file system (cgroup v1 host)
            LABEL RUN="docker run -d --privileged -v /sys/fs/cgroup:/sys/fs/cgroup:ro IMAGE"
            # start systemd
            CMD ["/usr/sbin/init"]
            """),
        Arguments.of("""
            FROM registry.access.redhat.com/ubi9/ubi-init
            RUN dnf -y install httpd""", """
            FROM registry.access.redhat.com/ubi9/ubi-init
            RUN dnf -y install httpd
            # systemd runs as PID 1: it needs --privileged and the host's cgroup file system (cgroup v2 host; Podman sets this up by itself)
            LABEL RUN="docker run -d --privileged --cgroupns=host -v /sys/fs/cgroup:/sys/fs/cgroup:rw --tmpfs /run --tmpfs /run/lock IMAGE\"""")
        );
  }

  @ParameterizedTest
  @MethodSource("fixes")
  void insertsARunNoteBeforeInit(String before, String after) {
    T.fix(before, after);
  }
}
