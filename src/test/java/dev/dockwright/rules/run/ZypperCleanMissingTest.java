package dev.dockwright.rules.run;

import dev.dockwright.rule.Settings;
import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ZypperCleanMissingTest {
  private static final RuleTester T = RuleTester.of(ZypperCleanMissing.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM opensuse/leap:15.6
        RUN zypper -n install curl && zypper clean -a
        RUN zypper -n in git && zypper cc
        RUN --mount=type=cache,target=/var/cache/zypp zypper -n in vim
        """,
        """
        FROM opensuse/leap:15.6
        # expect: DW4019 [1:5-1:19] "`zypper install` leaves its cache in this layer: end the `RUN` with `zypper clean --all`"
        RUN zypper install -y curl
        """,
        """
        FROM opensuse/leap:15.6
        # expect: DW4019 [1:13-1:22] "`zypper in`"
        ONBUILD RUN zypper in -y curl
        """,
        """
        FROM opensuse/leap:15.6
        # expect: DW4019 [1:21-1:30] "`zypper in` leaves its cache in this layer"
        RUN zypper clean && zypper in -y curl
        # expect: DW4019 [1:56-1:65] "`zypper up`"
        RUN --mount=type=cache,target=/var/cache/zypp/packages zypper up -y
        """);
  }

  /** hadolint's DL3036: install and in fill the cache; a mount whose target contains /var/cache/zypp exempts. */
  static Stream<String> hadolintCases() {
    return Stream.of(
        """
        FROM opensuse/leap:15.6
        RUN zypper -n up && zypper -n dup
        RUN --mount=type=cache,target=/var/cache/zypp/packages zypper in -y curl
        """,
        """
        FROM opensuse/leap:15.6
        # expect: DW4019 [1:21-1:30] "`zypper in`"
        RUN zypper clean && zypper in -y curl && zypper clean
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
        Arguments.of("FROM opensuse/leap:15.6\nRUN zypper install -y curl\n",
            "FROM opensuse/leap:15.6\nRUN zypper install -y curl && zypper clean --all\n"),
        Arguments.of("FROM opensuse/leap:15.6\nRUN zypper refresh \\\n && zypper install -y \\\n      curl\n",
            "FROM opensuse/leap:15.6\nRUN zypper refresh \\\n && zypper install -y \\\n      curl \\\n && zypper clean --all\n"),
        Arguments.of("FROM opensuse/leap:15.6\nRUN <<EOF\nzypper install -y curl\nEOF\n",
            "FROM opensuse/leap:15.6\nRUN <<EOF\nzypper install -y curl\nzypper clean --all\nEOF\n"));
  }

  @ParameterizedTest
  @MethodSource("fixes")
  void appendsTheCleanup(String before, String after) {
    T.fix(before, after);
  }
}
