package dev.dockwright.rules.systemd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SystemdMarkersShellCommandTest {
  private static final RuleTester T = RuleTester.of(SystemdMarkersShellCommand.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM debian:12
        RUN apt-get update && apt-get install -y systemd && systemctl mask systemd-logind
        STOPSIGNAL SIGRTMIN+3
        # expect: DW2027 [1:5-1:13] "the image is prepared for systemd as PID 1: `systemctl mask` (line 2), `STOPSIGNAL SIGRTMIN+3` (line 3); but its command is `bash`, so the container runs a shell and systemd never starts: make init the command"
        CMD ["bash"]
        """,
        // no CMD at all: the base's own command, a shell, is what runs; the finding points at the first marker
        """
        FROM centos:7
        # expect: DW2027 [1:5-1:21] "the image is prepared for systemd as PID 1: `ENV container=docker` (line 3), `VOLUME /sys/fs/cgroup` (line 4); but its command is `/bin/bash`, inherited from `centos:7`, so the container runs a shell"
        ENV container docker
        VOLUME [ "/sys/fs/cgroup" ]
        """,
        // shell form, and a login shell
        """
        FROM fedora:40
        STOPSIGNAL SIGRTMIN+3
        # expect: DW2027 [1:5-1:12] "but its command is `bash -l`, so"
        CMD bash -l
        """,
        // more than three markers: three named, the rest counted
        """
        FROM debian:12
        ENV container=docker
        RUN systemctl mask getty.target && systemctl set-default multi-user.target && rm -f /etc/systemd/system/*.wants/*
        STOPSIGNAL SIGRTMIN+3
        # expect: DW2027 [1:5-1:16] "the image is prepared for systemd as PID 1: `ENV container=docker` (line 2), `systemctl mask` (line 3), `systemctl set-default` (line 3) and 2 more; but its command is `/bin/sh`"
        CMD ["/bin/sh"]
        """,
        // systemd is PID 1: the markers are doing their job
        """
        FROM debian:12
        STOPSIGNAL SIGRTMIN+3
        CMD ["/sbin/init"]
        """,
        // the run note starts init as the command
        """
        FROM debian:12
        STOPSIGNAL SIGRTMIN+3
        LABEL RUN="docker run -d --privileged IMAGE /sbin/init"
        CMD ["bash"]
        """,
        """
        # podman run -d --systemd=always IMAGE /usr/lib/systemd/systemd
        FROM fedora:40
        STOPSIGNAL SIGRTMIN+3
        """,
        // a command that is not a shell, or a shell running a string: the author chose what runs
        """
        FROM debian:12
        STOPSIGNAL SIGRTMIN+3
        CMD ["sshd", "-D"]
        """,
        """
        FROM debian:12
        STOPSIGNAL SIGRTMIN+3
        CMD ["bash", "-c", "setup && sleep infinity"]
        """,
        """
        FROM debian:12
        STOPSIGNAL SIGRTMIN+3
        CMD ["bash", "-lc", "run-tests"]
        """,
        // an ENTRYPOINT of the user's decides
        """
        FROM debian:12
        STOPSIGNAL SIGRTMIN+3
        ENTRYPOINT ["/usr/local/bin/start"]
        CMD ["bash"]
        """,
        // no marker
        """
        FROM debian:12
        RUN apt-get update
        CMD ["bash"]
        """,
        // a stage that is only built from is not the image: the last stage starts init
        """
        FROM debian:12 AS base
        STOPSIGNAL SIGRTMIN+3
        CMD ["bash"]
        FROM base
        CMD ["/sbin/init"]
        """,
        // the last stage inherits the markers of the stage it is built from
        """
        FROM debian:12 AS base
        STOPSIGNAL SIGRTMIN+3
        FROM base
        # expect: DW2027 [1:5-1:13] "`STOPSIGNAL SIGRTMIN+3` (line 2); but its command is `bash`"
        CMD ["bash"]
        """,
        // a base dockwright cannot see: its command is not known
        """
        FROM example.com/team/base:1
        STOPSIGNAL SIGRTMIN+3
        """,
        // FROM scratch runs nothing unless told
        """
        FROM debian:12 AS build
        RUN apt-get update && apt-get install -y systemd
        FROM scratch
        COPY --from=build / /
        STOPSIGNAL SIGRTMIN+3
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

  @Test
  void everyMarkerIsARelatedLocation() {
    assertThat(T.findings("FROM debian:12\nSTOPSIGNAL SIGRTMIN+3\nENV container=docker\nCMD [\"bash\"]\n"))
        .singleElement().satisfies(f -> {
          assertThat(f.related()).extracting(r -> r.message() + "@" + r.range().startLine() + ":"
              + r.range().startColumn()).containsExactly("`STOPSIGNAL SIGRTMIN+3`@2:12", "`ENV container=docker`@3:5");
          assertThat(f.fix()).isEmpty();
          assertThat(f.message()).endsWith("systemd never starts: make init the command (`CMD [\"/sbin/init\"]`), or name"
              + " it in a run note (`LABEL RUN=\"docker run ... IMAGE /sbin/init\"`)");
        });
  }
}
