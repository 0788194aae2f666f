package dev.dockwright.rules.systemd;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RuntimeDirsAsVolumeTest {
  private static final RuleTester T = RuleTester.of(RuntimeDirsAsVolume.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM debian:12
        # expect: DW2021 [1:8-1:12] "`VOLUME /run` keeps PID files, sockets and locks across restarts, where systemd expects an empty tmpfs: use `--tmpfs /run` in the run line instead"
        # expect: DW2021 [1:13-1:22] "`VOLUME /run/lock`"
        # expect: DW2021 [1:23-1:27] "`VOLUME /tmp`"
        VOLUME /run /run/lock /tmp /data
        CMD ["/sbin/init"]
        """,
        """
        FROM debian:12
        # expect: DW2021 [1:9-1:20] "`VOLUME /var/run`"
        VOLUME ["/var/run/"]
        CMD ["/sbin/init"]
        """,
        """
        FROM debian:12
        VOLUME /var/lib/mysql
        CMD ["/sbin/init"]
        """,
        """
        FROM debian:12
        VOLUME /tmp
        CMD ["/usr/bin/app"]
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

  @Test
  void removesThePathsWithUnsafeFixes() {
    T.unsafeFix("FROM debian:12\nVOLUME /run /data /tmp\nCMD [\"/sbin/init\"]\n",
        "FROM debian:12\nVOLUME /data\nCMD [\"/sbin/init\"]\n");
  }
}
