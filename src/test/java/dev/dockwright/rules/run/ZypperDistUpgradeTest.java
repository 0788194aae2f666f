package dev.dockwright.rules.run;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ZypperDistUpgradeTest {
  private static final RuleTester T = RuleTester.of(ZypperDistUpgrade.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM opensuse/leap:15.6
        RUN zypper -n update && zypper -n patch
        """,
        """
        FROM opensuse/leap:15.6
        # expect: DW4018 [1:5-1:15] "`zypper dup` moves the image to whatever the repositories hold today"
        RUN zypper dup -y
        """,
        """
        FROM opensuse/leap:15.6
        # expect: DW4018 [1:5-1:42] "`zypper dist-upgrade`"
        RUN zypper --non-interactive dist-upgrade
        """,
        """
        FROM opensuse/leap:15.6
        # expect: DW4018 [2:1-2:11] "`zypper dup`"
        RUN <<EOF
        zypper dup -y
        EOF
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }
}
