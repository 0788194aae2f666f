package dev.dockwright.rules.run;

import dev.dockwright.rule.Settings;
import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ZypperMissingNonInteractiveTest {
  private static final RuleTester T = RuleTester.of(ZypperMissingNonInteractive.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM opensuse/leap:15.6
        RUN zypper -n install curl && zypper --non-interactive rm vim && zypper in -y git && zypper refresh
        RUN zypper install --no-confirm make && zypper clean
        """,
        """
        FROM opensuse/leap:15.6
        # expect: DW4017 [1:5-1:19] "`zypper install` without `-y` stops at a confirmation prompt"
        RUN zypper install curl
        """,
        """
        FROM opensuse/leap:15.6
        # expect: DW4017 [1:5-1:15] "`zypper dup`"
        RUN zypper dup
        """,
        """
        FROM opensuse/leap:15.6
        # expect: DW4017 [1:13-1:22] "`zypper in`"
        ONBUILD RUN zypper in x
        """,
        """
        FROM opensuse/leap:15.6
        # expect: DW4017 [1:5-1:14] "`zypper si`"
        # expect: DW4017 [1:22-1:32] "`zypper inr`"
        RUN zypper si vim && zypper inr
        """);
  }

  /** hadolint's DL3034 looks at install, in, remove, rm, source-install, si and patch only. */
  static Stream<String> hadolintCases() {
    return Stream.of(
        """
        FROM opensuse/leap:15.6
        RUN zypper update && zypper dup && zypper inr
        """,
        """
        FROM opensuse/leap:15.6
        # expect: DW4017 [1:5-1:17] "`zypper patch`"
        # expect: DW4017 [1:21-1:42] "`zypper source-install`"
        RUN zypper patch && zypper source-install vim
        """);
  }

  @ParameterizedTest
  @MethodSource("hadolintCases")
  void hadolintCompat(String dockerfile) {
    T.with(Settings.defaults().withHadolintCompat(true)).check(dockerfile);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

  static Stream<Arguments> fixes() {
    return Stream.of(
        Arguments.of("FROM opensuse/leap:15.6\nRUN zypper install curl\n",
            "FROM opensuse/leap:15.6\nRUN zypper install -y curl\n"),
        Arguments.of("FROM opensuse/leap:15.6\nRUN zypper --quiet in \\\n  curl\n",
            "FROM opensuse/leap:15.6\nRUN zypper --quiet in -y \\\n  curl\n"),
        Arguments.of("FROM opensuse/leap:15.6\nRUN <<EOF\nzypper install curl\nEOF\n",
            "FROM opensuse/leap:15.6\nRUN <<EOF\nzypper install -y curl\nEOF\n"));
  }

  @ParameterizedTest
  @MethodSource("fixes")
  void addsYes(String before, String after) {
    T.fix(before, after);
  }
}
