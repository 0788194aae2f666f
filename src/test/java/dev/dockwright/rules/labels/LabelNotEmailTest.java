package dev.dockwright.rules.labels;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LabelNotEmailTest {
  private static final RuleTester T = RuleTester.of(LabelNotEmail.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        # dockwright label-schema=contact:email
        FROM alpine:3.20
        LABEL contact=jane.doe+ops@example.com
        """,
        """
        # dockwright label-schema=contact:email
        FROM alpine:3.20
        # expect: DW5009 [1:15-1:40] "label `contact` should be an e-mail address, but is `Jane <jane@example.com>`"
        LABEL contact="Jane <jane@example.com>"
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

}
