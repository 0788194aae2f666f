package dev.dockwright.rules.instructions;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class InlineIgnorePragmaTest {
  private static final RuleTester T = RuleTester.of(InlineIgnorePragma.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        # hadolint global ignore=DL3006
        FROM alpine
        """,
        """
        FROM alpine:3.20
        # expect: DW3036 [0:1-0:25] "inline suppression `# hadolint ignore=DL3008`"
        # hadolint ignore=DL3008
        RUN apt-get install -y curl
        # expect: DW3036 [0:1-0:32] "inline suppression `# dockwright ignore=DW3004 # ok`"
        # dockwright ignore=DW3004 # ok
        RUN true
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

}
