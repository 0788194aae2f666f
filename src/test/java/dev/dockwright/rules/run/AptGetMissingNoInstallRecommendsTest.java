package dev.dockwright.rules.run;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AptGetMissingNoInstallRecommendsTest {
  private static final RuleTester T = RuleTester.of(AptGetMissingNoInstallRecommends.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM debian:12
        RUN apt-get install -y --no-install-recommends curl
        RUN apt-get install -y -o APT::Install-Recommends=false git && apt-get remove -y vim
        """,
        """
        FROM debian:12
        # expect: DW4008 [1:5-1:20] "`apt-get install` also installs the packages these recommend: add `--no-install-recommends`"
        RUN apt-get install -y curl
        """,
        """
        FROM debian:12
        # expect: DW4008 [2:1-2:16] "`apt-get install`"
        RUN <<EOF
        apt-get install -y curl
        EOF
        """,
        """
        FROM debian:12
        # expect: DW4008 [1:13-1:24] "`apt install`"
        ONBUILD RUN apt install -y curl
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

  static Stream<Arguments> fixes() {
    return Stream.of(
        Arguments.of("FROM debian:12\nRUN apt-get install -y curl\n",
            "FROM debian:12\nRUN apt-get install --no-install-recommends -y curl\n"),
        Arguments.of("FROM debian:12\nRUN apt-get update \\\n && apt-get install -y \\\n    curl\n",
            "FROM debian:12\nRUN apt-get update \\\n && apt-get install --no-install-recommends -y \\\n    curl\n"),
        Arguments.of("FROM debian:12\nRUN <<EOF\napt-get install -y git\nEOF\n",
            "FROM debian:12\nRUN <<EOF\napt-get install --no-install-recommends -y git\nEOF\n"));
  }

  @ParameterizedTest
  @MethodSource("fixes")
  void addsTheOptionUnsafely(String before, String after) {
    T.unsafeFix(before, after);
  }
}
