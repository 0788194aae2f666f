package dev.dockwright.rules.run;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BothWgetAndCurlTest {
  private static final RuleTester T = RuleTester.of(BothWgetAndCurl.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM debian:12
        RUN curl -fsSLO https://x && curl -fsSLO https://y
        """,
        """
        FROM debian:12
        # expect: DW4030 [1:30-1:34] "`wget` here, `curl` on line 3: stage `#0` needs only one of them"
        RUN curl -fsSLO https://x && wget -q https://y
        """,
        """
        FROM debian:12 AS a
        RUN wget -q https://x
        RUN echo between
        # expect: DW4030 [2:1-2:5] "`curl` here, `wget` on line 2: stage `a`"
        RUN <<EOF
        curl -fsSLO https://y
        EOF
        """,
        // one tool per stage is fine
        """
        FROM debian:12 AS a
        RUN wget -q https://x
        FROM debian:12
        RUN curl -fsSLO https://y
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }
}
