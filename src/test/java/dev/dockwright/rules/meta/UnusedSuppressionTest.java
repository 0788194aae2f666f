package dev.dockwright.rules.meta;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UnusedSuppressionTest {
  private static final RuleTester T = RuleTester.of(UnusedSuppression.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM alpine
        # expect: DW1002 [0:1-0:42] "`maintainer-deprecated` is suppressed here but reports nothing"
        # dockwright ignore=maintainer-deprecated
        RUN echo hi
        """,
        """
        FROM alpine
        # expect: DW1002 [0:1-0:25] "`DL9999` is not a rule dockwright knows"
        # hadolint ignore=DL9999
        RUN echo hi
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }
}
