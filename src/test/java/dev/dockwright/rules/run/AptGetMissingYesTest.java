package dev.dockwright.rules.run;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AptGetMissingYesTest {
  private static final RuleTester T = RuleTester.of(AptGetMissingYes.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM debian:12
        RUN apt-get update && apt-get install -y curl && apt-get -qq install git && apt-get install --yes wget
        RUN apt-get -o APT::Get::Assume-Yes=true install vim && apt-get clean
        """,
        """
        FROM debian:12
        # expect: DW4007 [1:5-1:20] "`apt-get install` without `-y` stops at a confirmation prompt, which fails the build"
        RUN apt-get install curl
        """,
        """
        FROM debian:12
        # expect: DW4007 [1:5-1:18] "`apt-get purge` without `-y`"
        # expect: DW4007 [1:27-1:38] "`apt upgrade` without `-y`"
        RUN apt-get purge curl && apt upgrade
        """,
        """
        FROM debian:12
        # expect: DW4007 [2:3-2:18] "`apt-get install`"
        RUN <<EOF
          apt-get install git
        EOF
        """,
        """
        FROM debian:12
        # expect: DW4007 [1:13-1:28] "`apt-get install`"
        ONBUILD RUN apt-get install x
        """,
        """
        FROM debian:12
        # expect: DW4007 [1:6-1:26] "`apt-get install`"
        RUN ["apt-get", "install", "x"]
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

  static Stream<Arguments> fixes() {
    return Stream.of(
        Arguments.of("FROM debian:12\nRUN apt-get install curl\n", "FROM debian:12\nRUN apt-get install -y curl\n"),
        Arguments.of("FROM debian:12\nRUN apt-get update && \\\n    apt-get install \\\n      curl wget\n",
            "FROM debian:12\nRUN apt-get update && \\\n    apt-get install -y \\\n      curl wget\n"),
        Arguments.of("FROM debian:12\nRUN apt-get install\\\n curl\n", "FROM debian:12\nRUN apt-get install -y\\\n curl\n"),
        Arguments.of("FROM debian:12\nRUN <<EOF\napt-get install git\nEOF\n",
            "FROM debian:12\nRUN <<EOF\napt-get install -y git\nEOF\n"),
        Arguments.of("FROM debian:12\nRUN sh -c 'apt-get install git'\n",
            "FROM debian:12\nRUN sh -c 'apt-get install -y git'\n"));
  }

  @ParameterizedTest
  @MethodSource("fixes")
  void addsYes(String before, String after) {
    T.fix(before, after);
  }
}
