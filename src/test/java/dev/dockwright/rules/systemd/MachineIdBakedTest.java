package dev.dockwright.rules.systemd;

import dev.dockwright.rules.RuleTester;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MachineIdBakedTest {
  private static final RuleTester T = RuleTester.of(MachineIdBaked.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM debian:12
        # expect: DW2024 [1:48-1:72] "`systemd-machine-id-setup` writes `/etc/machine-id` into the image, so every container shares one machine ID (journal, D-Bus, DHCP client ID): empty it in the last RUN"
        RUN apt-get install -y systemd systemd-sysv && systemd-machine-id-setup
        CMD ["/sbin/init"]
        """,
        """
        FROM debian:12
        # expect: DW2024 [1:5-1:17] "`dbus-uuidgen` writes `/etc/machine-id`"
        RUN dbus-uuidgen > /etc/machine-id
        CMD ["/sbin/init"]
        """,
        """
        FROM debian:12
        RUN systemd-machine-id-setup
        RUN : > /etc/machine-id
        CMD ["/sbin/init"]
        """,
        """
        FROM debian:12
        RUN systemd-machine-id-setup && truncate -s 0 /etc/machine-id
        CMD ["/sbin/init"]
        """,
        """
        FROM debian:12
        RUN dbus-uuidgen --ensure && rm -f /etc/machine-id
        CMD ["/sbin/init"]
        """,
        """
        FROM debian:12
        RUN systemd-machine-id-setup; echo -n > /etc/machine-id
        CMD ["/sbin/init"]
        """,
        // cleared, then generated again
        """
        FROM debian:12
        RUN : > /etc/machine-id
        # expect: DW2024 "`systemd-machine-id-setup` writes"
        RUN systemd-machine-id-setup
        CMD ["/sbin/init"]
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

  @Test
  void emptiesItInALastRun() {
    T.fix("""
        FROM debian:12
        RUN systemd-machine-id-setup
        RUN apt-get install -y dbus
        STOPSIGNAL SIGRTMIN+3
        CMD ["/sbin/init"]
        """, """
        FROM debian:12
        RUN systemd-machine-id-setup
        RUN apt-get install -y dbus && : > /etc/machine-id
        STOPSIGNAL SIGRTMIN+3
        CMD ["/sbin/init"]
        """);
  }

  /** Joined into the last RUN only where that builds the same image; else a RUN of its own after it. */
  @Test
  void aRunOfItsOwnAfterARunThatCannotBeJoined() {
    for (String last : List.of("RUN --mount=type=cache,target=/var/cache/apt apt-get install -y dbus",
        "RUN [\"apt-get\", \"install\", \"-y\", \"dbus\"]", "RUN <<EOF\napt-get install -y dbus\nEOF",
        "RUN apt-get install -y dbus &")) {
      T.fix("FROM debian:12\nRUN systemd-machine-id-setup\n" + last + "\nCMD [\"/sbin/init\"]\n",
          "FROM debian:12\nRUN systemd-machine-id-setup\n" + last + "\nRUN : > /etc/machine-id\nCMD [\"/sbin/init\"]\n");
    }
  }
}
