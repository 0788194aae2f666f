package dev.dockwright.rules.systemd;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UnitFilesDeletedTest {
  private static final RuleTester T = RuleTester.of(UnitFilesDeleted.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM debian:12
        # expect: DW2019 [1:11-1:52] "this deletes the unit file `systemd-udevd.service`: units that depend on it fail, and the next update of its package brings it back; mask it with `systemctl mask` instead"
        RUN rm -f /lib/systemd/system/systemd-udevd.service
        CMD ["/sbin/init"]
        """,
        """
        FROM rockylinux:9
        # expect: DW2019 "this deletes unit files (`/lib/systemd/system/*udev*`)"
        RUN rm -f /usr/lib/systemd/system/*udev*
        CMD ["/sbin/init"]
        """,
        // wants links and drop-ins are not unit files
        """
        FROM debian:12
        RUN rm -f /lib/systemd/system/sockets.target.wants/*udev* /lib/systemd/system/getty.target.wants/getty@tty1.service \\
            && rm -rf /lib/systemd/system/systemd-logind.service.d
        CMD ["/sbin/init"]
        """,
        // the admin's own units in /etc
        """
        FROM debian:12
        RUN rm -f /etc/systemd/system/old.service
        CMD ["/sbin/init"]
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

  @Test
  void masksWithUnsafeFixes() {
    T.unsafeFix("""
        FROM debian:12
        RUN apt-get update && rm -f /lib/systemd/system/systemd-udevd.service /lib/systemd/system/getty.target
        CMD ["/sbin/init"]
        """, """
        FROM debian:12
        RUN apt-get update && systemctl mask systemd-udevd.service getty.target
        CMD ["/sbin/init"]
        """);
  }
}
