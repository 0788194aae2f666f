package dev.dockwright.rules.meta;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EmptyContinuationLineTest {
  private static final RuleTester T = RuleTester.of(EmptyContinuationLine.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM debian:12
        RUN apt-get update && \\
            apt-get install -y curl
        """,
        """
        FROM debian:12
        # expect: DW1001 [2:1-2:1] "empty line inside a continued RUN"
        RUN apt-get update && \\

            apt-get install -y curl
        """,
        """
        FROM debian:12
        # expect: DW1001 [2:1-2:5] "empty line inside a continued LABEL"
        LABEL a=b \\
           \s
          c=d
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

  @Test
  void removesTheEmptyLine() {
    T.fix("FROM debian:12\nRUN a && \\\n\n    b\n", "FROM debian:12\nRUN a && \\\n    b\n");
  }

  @Test
  void keepsCrlfLineEndings() {
    T.fix("FROM debian:12\r\nRUN a && \\\r\n\r\n  \r\n    b\r\n", "FROM debian:12\r\nRUN a && \\\r\n    b\r\n");
  }
}
