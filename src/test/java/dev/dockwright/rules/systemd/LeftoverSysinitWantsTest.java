package dev.dockwright.rules.systemd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.rule.Settings;
import dev.dockwright.rule.Severity;
import dev.dockwright.rules.RuleTester;
import dev.dockwright.semantic.boot.RunMode;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LeftoverSysinitWantsTest {
  private static final RuleTester T = RuleTester.of(LeftoverSysinitWants.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM centos:7
        RUN yum -y install httpd && yum clean all
        # expect: DW2001 [1:6-1:22] "systemd will start units that fail or misbehave in a container: the unit links in `sysinit.target.wants`, `multi-user.target.wants`, `/etc/systemd/system/*.wants`, `local-fs.target.wants`, `sockets.target.wants/*udev*`, `sockets.target.wants/*initctl*`, `basic.target.wants`, `anaconda.target.wants` are left in place (assumed cgroup v1 because the base image is CentOS 7 with systemd 219"
        CMD ["/usr/sbin/init"]
        """,
        // partly pruned: only what is left is listed
        """
        FROM centos:7
        RUN (cd /lib/systemd/system/sysinit.target.wants/; for i in *; do [ $i == systemd-tmpfiles-setup.service ] || rm -f $i; done); \\
            rm -f /lib/systemd/system/multi-user.target.wants/* /etc/systemd/system/*.wants/*
        # expect: DW2001 "the unit links in `local-fs.target.wants`, `sockets.target.wants/*udev*`, `sockets.target.wants/*initctl*`, `basic.target.wants`, `anaconda.target.wants` are left in place"
        CMD ["/usr/sbin/init"]
        """,
        """
        FROM rockylinux:9
        RUN dnf -y install systemd
        # expect: DW2001 [1:6-1:18] "container-hostile units are left unmasked: `systemd-remount-fs.service`, `dev-hugepages.mount`, `sys-fs-fuse-connections.mount`, `systemd-logind.service`, `getty.target`, `console-getty.service`, `systemd-udevd.service`, `systemd-udev-trigger.service`, `systemd-udevd-control.socket`, `systemd-udevd-kernel.socket`, `dnf-makecache.timer` (assumed cgroup v2 because the base image is Rocky Linux 9 with systemd 252;"
        CMD ["/sbin/init"]
        """,
        // Debian 12 (from the knowledge base): masking getty.target leaves systemd-sysctl, which rewrites the
        // host's kernel settings under the default docker --privileged; udev is not installed, logind has no D-Bus
        """
        FROM debian:12
        RUN apt-get update && apt-get install -y systemd systemd-sysv && systemctl mask getty.target systemd-logind
        # expect: DW2001 [1:6-1:18] "systemd will start units that act on the host under docker --privileged: `systemd-sysctl.service` (applies the image's sysctl.d settings to the host's kernel, whose non-namespaced keys such as fs.protected_regular and kernel.core_pattern it changes) (run mode docker-privileged: nothing says how the image is run, and docker --privileged is the classic recipe; a LABEL RUN line with another run command changes it; assumed cgroup v2 because the base image is Debian 12 with systemd 252; set `systemd.cgroup` or `--systemd-cgroup` to change)"
        CMD ["/sbin/init"]
        """,
        // a squash: the image is the build stage's file system, its units and masks (systemd-boot.md §6.2)
        """
        FROM debian:12 AS build
        RUN apt-get update && apt-get install -y systemd systemd-sysv && systemctl mask getty.target systemd-logind
        FROM scratch
        COPY --from=build / /
        # expect: DW2001 [1:6-1:18] "systemd will start units that act on the host under docker --privileged: `systemd-sysctl.service` (applies the image's sysctl.d settings to the host's kernel, whose non-namespaced keys such as fs.protected_regular and kernel.core_pattern it changes) (run mode docker-privileged: nothing says how the image is run, and docker --privileged is the classic recipe; a LABEL RUN line with another run command changes it; assumed cgroup v2 because the base image is Debian 12 with systemd 252; set `systemd.cgroup` or `--systemd-cgroup` to change)"
        CMD ["/sbin/init"]
        """,
        """
        FROM debian:12 AS build
        RUN apt-get update && apt-get install -y systemd systemd-sysv && systemctl mask getty.target systemd-sysctl
        FROM scratch
        COPY --from=build / /
        CMD ["/sbin/init"]
        """,
        // the same image run with Podman: its own conditions skip sysctl and the gettys
        """
        FROM debian:12
        LABEL RUN="podman run -d IMAGE"
        RUN apt-get update && apt-get install -y systemd systemd-sysv
        CMD ["/sbin/init"]
        """,
        """
        FROM debian:12
        RUN apt-get update && apt-get install -y systemd systemd-sysv && \\
            systemctl mask systemd-remount-fs.service dev-hugepages.mount sys-fs-fuse-connections.mount \\
              systemd-logind.service getty.target console-getty.service systemd-udevd.service \\
              systemd-udev-trigger.service systemd-udevd-control.socket systemd-udevd-kernel.socket \\
              systemd-sysctl.service
        CMD ["/sbin/init"]
        """,
        // the classic pruning also keeps the hostile units from starting on a cgroup v2 base
        """
        FROM ubuntu:22.04
        RUN apt-get update && apt-get install -y systemd systemd-sysv
        RUN cd /lib/systemd/system/sysinit.target.wants/ && ls | grep -v systemd-tmpfiles-setup | xargs rm -f; \\
            rm -f /lib/systemd/system/sysinit.target.wants/* /lib/systemd/system/multi-user.target.wants/* \\
              /etc/systemd/system/*.wants/* /lib/systemd/system/local-fs.target.wants/* \\
              /lib/systemd/system/sockets.target.wants/*udev*
        CMD ["/lib/systemd/systemd"]
        """,
        // find -delete over every wants directory
        """
        FROM ubuntu:18.04
        RUN apt-get update && apt-get install -y systemd systemd-sysv
        RUN find /etc/systemd/system /lib/systemd/system -path '*.wants/*' -not -name '*journald*' \\
            -not -name '*systemd-tmpfiles*' -not -name '*systemd-user-sessions*' -exec rm \\{} \\;
        STOPSIGNAL SIGRTMIN+3
        CMD ["/bin/bash", "-c", "exec /sbin/init --log-target=journal 3>&1"]
        """,
        // the loop relative to WORKDIR
        """
        FROM ubuntu:22.04
        WORKDIR /usr/lib/systemd/system/sysinit.target.wants
        RUN for i in *; do [ "$i" = systemd-tmpfiles-setup.service ] || rm -f "$i"; done
        RUN systemctl mask systemd-remount-fs getty.target systemd-logind console-getty \\
            systemd-udevd-control.socket systemd-udevd-kernel.socket
        CMD ["/sbin/init"]
        """,
        // a heredoc RUN
        """
        FROM debian:12
        RUN <<EOF
        apt-get update
        apt-get install -y systemd systemd-sysv
        systemctl mask systemd-remount-fs.service dev-hugepages.mount sys-fs-fuse-connections.mount \\
          systemd-logind.service getty.target console-getty.service systemd-udevd.service \\
          systemd-udev-trigger.service systemd-udevd-control.socket systemd-udevd-kernel.socket \\
          systemd-sysctl.service
        EOF
        CMD ["/sbin/init"]
        """,
        // a known init image has done it
        """
        FROM registry.access.redhat.com/ubi9/ubi-init
        RUN dnf -y install httpd && systemctl enable httpd
        """,
        // ONBUILD triggers run in the stage built from it
        """
        FROM debian:12 AS base
        RUN apt-get update && apt-get install -y systemd systemd-sysv
        ONBUILD RUN systemctl mask systemd-remount-fs.service dev-hugepages.mount sys-fs-fuse-connections.mount \\
              systemd-logind.service getty.target console-getty.service systemd-udevd.service \\
              systemd-udev-trigger.service systemd-udevd-control.socket systemd-udevd-kernel.socket \\
              systemd-sysctl.service
        FROM base
        CMD ["/sbin/init"]
        """,
        // not a systemd image
        """
        FROM rockylinux:9
        RUN dnf -y install httpd
        CMD ["httpd", "-DFOREGROUND"]
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

  @Test
  void unknownBaseIsInfoWithoutFix() {
    assertThat(T.findings("FROM centos7-systemd\nRUN yum -y install httpd\nCMD [\"/usr/sbin/init\"]\n"))
        .singleElement().satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.INFO);
          assertThat(f.message()).endsWith("base image `centos7-systemd` not visible; map it in the config");
          assertThat(f.fix()).isEmpty();
        });
  }

  static Stream<Arguments> fixes() {
    return Stream.of(
        Arguments.of("""
            FROM rockylinux:9
            ENV container=docker
            RUN dnf -y install systemd && dnf clean all
            STOPSIGNAL SIGRTMIN+3
            CMD ["/sbin/init"]
            """, """
            FROM rockylinux:9
            ENV container=docker
            RUN dnf -y install systemd && dnf clean all \\
                && systemctl mask systemd-remount-fs.service dev-hugepages.mount sys-fs-fuse-connections.mount \\
                systemd-logind.service getty.target console-getty.service systemd-udevd.service \\
                systemd-udev-trigger.service systemd-udevd-control.socket systemd-udevd-kernel.socket \\
                dnf-makecache.timer
            STOPSIGNAL SIGRTMIN+3
            CMD ["/sbin/init"]
            """),
        // v1: the POSIX-safe recipe joined into the last RUN, and the units the file enabled are enabled again
        Arguments.of("""
            FROM centos:7
            RUN yum -y install httpd && systemctl enable httpd.service
            CMD ["/usr/sbin/init"]
            """, """
            FROM centos:7
            RUN yum -y install httpd && systemctl enable httpd.service \\
                && (cd /lib/systemd/system/sysinit.target.wants/ && for i in *; do [ "$i" = systemd-tmpfiles-setup.service ] || rm -f "$i"; done) \\
                && (cd /lib/systemd/system/multi-user.target.wants/ && for i in *; do [ "$i" = systemd-user-sessions.service ] || rm -f "$i"; done) \\
                && rm -f /etc/systemd/system/*.wants/* \\
                && rm -f /lib/systemd/system/local-fs.target.wants/* \\
                && rm -f /lib/systemd/system/sockets.target.wants/*udev* \\
                && rm -f /lib/systemd/system/sockets.target.wants/*initctl* \\
                && rm -f /lib/systemd/system/basic.target.wants/* \\
                && rm -f /lib/systemd/system/anaconda.target.wants/* \\
                && systemctl enable httpd.service
            CMD ["/usr/sbin/init"]
            """),
        // only the missing parts, continued with the file's escape character
        Arguments.of("""
            # escape=`
            FROM centos:7
            RUN rm -f /lib/systemd/system/sysinit.target.wants/* /lib/systemd/system/multi-user.target.wants/* `
                /etc/systemd/system/*.wants/* /lib/systemd/system/local-fs.target.wants/* `
                /lib/systemd/system/basic.target.wants/* /lib/systemd/system/anaconda.target.wants/*
            CMD ["/usr/sbin/init"]
            """, """
            # escape=`
            FROM centos:7
            RUN rm -f /lib/systemd/system/sysinit.target.wants/* /lib/systemd/system/multi-user.target.wants/* `
                /etc/systemd/system/*.wants/* /lib/systemd/system/local-fs.target.wants/* `
                /lib/systemd/system/basic.target.wants/* /lib/systemd/system/anaconda.target.wants/* `
                && rm -f /lib/systemd/system/sockets.target.wants/*udev* `
                && rm -f /lib/systemd/system/sockets.target.wants/*initctl*
            CMD ["/usr/sbin/init"]
            """),
        // Debian 12 under the default docker --privileged: exactly the units that act on the host are masked
        Arguments.of("""
            FROM debian:12
            RUN apt-get update && apt-get install -y --no-install-recommends systemd systemd-sysv
            CMD ["/sbin/init"]
            """, """
            FROM debian:12
            RUN apt-get update && apt-get install -y --no-install-recommends systemd systemd-sysv \\
                && systemctl mask getty-static.service getty@tty1.service systemd-sysctl.service
            CMD ["/sbin/init"]
            """));
  }

  @ParameterizedTest
  @MethodSource("fixes")
  void prunesOrMasksAsTheLastRun(String before, String after) {
    T.fix(before, after);
  }

  /** The configured run mode wins over the default: under Podman or plain Docker nothing reaches the host. */
  @Test
  void theConfiguredRunModeDecides() {
    String file = "FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends systemd"
        + " systemd-sysv\nCMD [\"/sbin/init\"]\n";
    for (RunMode quiet : List.of(RunMode.PODMAN, RunMode.DOCKER)) {
      assertThat(T.with(Settings.defaults().withSystemdRunMode(Optional.of(quiet))).findings(file)).as(quiet.id())
          .isEmpty();
    }
    assertThat(T.with(Settings.defaults().withSystemdRunMode(Optional.of(RunMode.DOCKER_PRIVILEGED)))
        .findings(file)).singleElement().satisfies(f -> assertThat(f.message())
            .contains("(run mode docker-privileged: set by systemd.run-mode or --systemd-run-mode;"));
  }
}
