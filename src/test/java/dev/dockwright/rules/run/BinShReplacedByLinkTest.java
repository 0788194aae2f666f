package dev.dockwright.rules.run;

import dev.dockwright.rule.Settings;
import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BinShReplacedByLinkTest {
  private static final RuleTester T = RuleTester.of(BinShReplacedByLink.class);

  static Stream<String> cases() {
    return Stream.of(
        // better than hadolint: linking to /bin/sh, not over it, leaves the shell alone
        """
        FROM debian:12
        SHELL ["/bin/bash", "-c"]
        RUN ln -s /bin/sh /usr/local/bin/sh && ln -sf /usr/bin/python3 /usr/bin/python
        """,
        """
        FROM debian:12
        # expect: DW4031 [1:5-1:29] "`ln` replaces `/bin/sh`: set the shell for the following instructions with `SHELL"
        RUN ln -sf /bin/bash /bin/sh
        """,
        """
        FROM debian:12
        # expect: DW4031 [1:5-1:32] "`ln` replaces `/bin/sh`"
        RUN ln -s /usr/bin/dash /bin/sh
        """,
        """
        FROM debian:12
        # expect: DW4031 [2:1-2:23] "`ln` replaces `/bin/sh`"
        RUN <<EOF
        ln -sf bash -t /bin sh
        EOF
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

  /** compat: hadolint gives DL4005's verdict: a link to /bin/sh counts too. */
  @Test
  void hadolintCompatReportsALinkToBinSh() {
    RuleTester.of(BinShReplacedByLink.class).with(Settings.defaults().withHadolintCompat(true)).check("""
        FROM debian:12
        # expect: DW4031 [1:5-1:36] "`ln` names `/bin/sh`: hadolint's DL4005 asks for `SHELL` instead (compat: hadolint)"
        RUN ln -s /bin/sh /usr/local/bin/sh
        """);
  }
}
