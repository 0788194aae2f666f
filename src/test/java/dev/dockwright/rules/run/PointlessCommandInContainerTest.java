package dev.dockwright.rules.run;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PointlessCommandInContainerTest {
  private static final RuleTester T = RuleTester.of(PointlessCommandInContainer.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM debian:12
        RUN apt-get install -y vim openssh-client procps && command -v ps && which top
        """,
        """
        FROM debian:12
        # expect: DW4000 [1:5-1:12] "`service` makes no sense in a `RUN`: it starts a service that is gone when the `RUN` ends"
        RUN service nginx start
        """,
        """
        FROM debian:12
        # expect: DW4000 [1:5-1:8] "`vim` makes no sense in a `RUN`: it is an interactive editor"
        # expect: DW4000 [1:23-1:25] "`ps` makes no sense"
        RUN vim /etc/hosts && ps aux | grep x
        """,
        """
        FROM debian:12
        # expect: DW4000 [2:1-2:6] "`mount`"
        RUN <<EOF
        mount -t tmpfs none /mnt
        EOF
        """,
        """
        FROM debian:12
        # expect: DW4000 [1:13-1:16] "`ssh`"
        ONBUILD RUN ssh git@example.com
        """,
        """
        FROM debian:12
        # expect: DW4000 [1:6-1:22] "`shutdown`"
        RUN ["/sbin/shutdown", "-h", "now"]
        """,
        """
        FROM mcr.microsoft.com/windows/servercore:ltsc2022
        SHELL ["powershell", "-Command"]
        RUN kill 1
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }
}
