package dev.dockwright.rules.instructions;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ConsistentInstructionCasingTest {
  private static final RuleTester T = RuleTester.of(ConsistentInstructionCasing.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM alpine
        RUN echo
        """,
        """
        from alpine
        run echo
        """,
        """
        FROM alpine
        # expect: DW3002 [1:1-1:4] "`run` is not upper case like most instructions in this file"
        run echo
        COPY . /
        """,
        """
        from alpine
        # expect: DW3002 [1:1-1:4] "`RUN` is not lower case"
        RUN echo
        copy . /
        # expect: DW3002 [1:9-1:12] "`Run` is not lower case"
        onbuild Run x
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

  @Test
  void rewritesKeywords() {
    T.fix("FROM alpine\nrun echo\nCopy . /\n", "FROM alpine\nRUN echo\nCOPY . /\n");
  }
}
