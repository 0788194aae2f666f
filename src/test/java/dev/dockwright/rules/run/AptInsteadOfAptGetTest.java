package dev.dockwright.rules.run;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AptInsteadOfAptGetTest {
  private static final RuleTester T = RuleTester.of(AptInsteadOfAptGet.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM debian:12
        RUN apt-get update && apt-get install -y curl && apt-cache policy curl
        """,
        """
        FROM debian:12
        # expect: DW4012 [1:5-1:8] "`apt` has no stable command-line interface and warns when used in scripts: use `apt-get`"
        RUN apt install -y curl
        """,
        """
        FROM debian:12
        # expect: DW4012 [1:5-1:8] "use `apt-cache`"
        RUN apt search curl
        """,
        """
        FROM debian:12
        # expect: DW4012 [2:1-2:4] "`apt`"
        RUN <<EOF
        apt update
        EOF
        """,
        """
        FROM debian:12
        # expect: DW4012 [1:13-1:16] "`apt`"
        ONBUILD RUN apt upgrade -y
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

  static Stream<Arguments> fixes() {
    return Stream.of(
        Arguments.of("FROM debian:12\nRUN apt update && apt install -y curl\n",
            "FROM debian:12\nRUN apt-get update && apt-get install -y curl\n"),
        Arguments.of("FROM debian:12\nRUN /usr/bin/apt remove -y vim\n",
            "FROM debian:12\nRUN /usr/bin/apt-get remove -y vim\n"),
        Arguments.of("FROM debian:12\nRUN apt \\\n    update \\\n && apt \\\n    install -y curl\n",
            "FROM debian:12\nRUN apt-get \\\n    update \\\n && apt-get \\\n    install -y curl\n"),
        Arguments.of("FROM debian:12\nRUN <<EOF\napt update\napt install -y curl\nEOF\n",
            "FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF\n"));
  }

  @ParameterizedTest
  @MethodSource("fixes")
  void usesAptGet(String before, String after) {
    T.unsafeFix(before, after);
  }

  @Test
  void upgradeHasNoFixBecauseItDiffers() {
    org.assertj.core.api.Assertions.assertThat(T.findings("FROM debian:12\nRUN apt full-upgrade -y\n"))
        .singleElement().satisfies(f -> org.assertj.core.api.Assertions.assertThat(f.fix()).isEmpty());
  }
}
