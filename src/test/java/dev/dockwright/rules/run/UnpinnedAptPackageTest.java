package dev.dockwright.rules.run;

import dev.dockwright.rule.Settings;
import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UnpinnedAptPackageTest {
  private static final Settings COMPAT = Settings.defaults().withHadolintCompat(true);
  private static final RuleTester T = RuleTester.of(UnpinnedAptPackage.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM debian:12
        RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10 \\
              ca-certificates/bookworm-backports ./local.deb $EXTRA_PACKAGES
        """,
        // a version from a variable is a pin
        """
        FROM debian:12
        ARG CURL_VERSION=7.88.1-10
        RUN apt-get install -y curl=${CURL_VERSION} "git=$GIT_VERSION"
        """,
        """
        FROM debian:12
        # expect: DW4003 [1:24-1:28] "`curl` is not pinned: write `curl=<version>`"
        # expect: DW4003 [2:7-2:11] "`wget` is not pinned"
        RUN apt-get install -y curl \\
              wget
        """,
        """
        FROM debian:12
        # expect: DW4003 [1:30-1:34] "`=2.*` is a version range, not a pin: write `libc6=<version>`"
        RUN apt-get install -y 'libc6=2.*'
        """,
        """
        FROM debian:12
        # expect: DW4003 [1:20-1:23] "`vim`"
        RUN apt install -y vim
        """,
        """
        FROM debian:12
        # expect: DW4003 [2:20-2:23] "`git`"
        RUN <<EOF
        apt-get install -y git
        EOF
        """,
        """
        FROM debian:12
        # expect: DW4003 [1:35-1:39] "`tini`"
        ONBUILD RUN apt-get install -y -q tini
        """,
        // hadolint's pragma and code keep working
        """
        FROM debian:12
        # hadolint ignore=DL3008
        RUN apt-get install -y curl
        # dockwright ignore=unpinned-apt-package
        RUN apt-get install -y wget
        """,
        """
        FROM debian:12
        # expect: DW4003 [1:34-1:43] "`python3`"
        RUN ["apt-get", "install", "-y", "python3"]
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

  /** With {@code compat: hadolint}: any {@code =} pins, and only {@code apt-get install} is looked at. */
  @Test
  void hadolintCompat() {
    T.with(COMPAT).check("""
        FROM debian:12
        RUN apt-get install -y 'libc6=2.36*' && apt install -y vim && aptitude install -y git
        # expect: DW4003 [1:24-1:28] "`curl` is not pinned: write `curl=<version>`"
        RUN apt-get install -y curl
        """);
  }
}
