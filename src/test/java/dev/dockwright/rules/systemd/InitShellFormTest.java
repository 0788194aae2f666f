package dev.dockwright.rules.systemd;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class InitShellFormTest {
  private static final RuleTester T = RuleTester.of(InitShellForm.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM centos:7
        # expect: DW2010 [1:5-1:19] "`CMD /usr/sbin/init` starts init through `/bin/sh -c`: it is PID 1 only because the shell happens to exec it, and Podman does not see a systemd image; use the exec form"
        CMD /usr/sbin/init
        """,
        """
        FROM debian:12
        # expect: DW2010 [1:17-1:37] "`ENTRYPOINT /lib/systemd/systemd` starts init through `/bin/sh -c`"
        ENTRYPOINT exec /lib/systemd/systemd --log-level=info
        """,
        """
        FROM debian:12
        SHELL ["/bin/bash", "-o", "pipefail", "-c"]
        # expect: DW2010 "starts init through `/bin/bash -o pipefail -c`"
        CMD /sbin/init
        """,
        """
        FROM debian:12
        CMD ["/sbin/init"]
        """,
        // init is not PID 1 at all there: init-not-pid1
        """
        FROM debian:12
        CMD /usr/local/bin/setup; /sbin/init
        """,
        // exec form through bash: not shell form
        """
        FROM debian:12
        CMD ["/bin/bash", "-c", "exec /sbin/init --log-target=journal 3>&1"]
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

  static Stream<Arguments> fixes() {
    return Stream.of(
        Arguments.of("FROM centos:7\nCMD /usr/sbin/init\n", "FROM centos:7\nCMD [\"/usr/sbin/init\"]\n"),
        Arguments.of("FROM debian:12\nENTRYPOINT exec /lib/systemd/systemd --log-level=info\n",
            "FROM debian:12\nENTRYPOINT [\"/lib/systemd/systemd\", \"--log-level=info\"]\n"),
        Arguments.of("# escape=`\nFROM debian:12\nCMD /sbin/init `\n  --show-status=false\n",
            "# escape=`\nFROM debian:12\nCMD [\"/sbin/init\", \"--show-status=false\"]\n"));
  }

  @ParameterizedTest
  @MethodSource("fixes")
  void writesTheExecForm(String before, String after) {
    T.fix(before, after);
  }
}
