package dev.dockwright.rules.run;

import dev.dockwright.rule.Settings;
import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UnpinnedZypperPackageTest {
  private static final Settings COMPAT = Settings.defaults().withHadolintCompat(true);
  private static final RuleTester T = RuleTester.of(UnpinnedZypperPackage.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM opensuse/leap:15.6
        RUN zypper install -y curl=8.6.0 ./local.rpm "git=${GIT_VERSION}" && zypper remove -y vim
        """,
        """
        FROM opensuse/leap:15.6
        # expect: DW4020 [1:18-1:22] "`curl` is not pinned: write `curl=<version>`"
        # expect: DW4020 [1:27-1:30] "`>=9` is a version range"
        RUN zypper in -y curl 'vim>=9'
        """,
        """
        FROM opensuse/leap:15.6
        # expect: DW4020 [2:19-2:22] "`git`"
        RUN <<EOF
        zypper install -y git
        EOF
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

  /** With {@code compat: hadolint}: every range pins. */
  @Test
  void hadolintCompat() {
    T.with(COMPAT).check("""
        FROM opensuse/leap:15.6
        RUN zypper install -y 'vim>=9' curl\\<9
        # expect: DW4020 [1:23-1:26] "`git` is not pinned"
        RUN zypper install -y git
        """);
  }
}
