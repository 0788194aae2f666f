package dev.dockwright.rules.labels;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EmptyLabelTest {
  private static final RuleTester T = RuleTester.of(EmptyLabel.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM alpine:3.20
        LABEL anything="" org.opencontainers.image.url=https://example.com
        """,
        """
        # dockwright label-schema=owner:text
        FROM alpine:3.20
        # expect: DW5003 [1:7-1:12] "label `owner` is empty: give it a value or drop it"
        LABEL owner=""
        # expect: DW5003 [1:7-1:38] "label `org.opencontainers.image.source` is empty"
        LABEL org.opencontainers.image.source=
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

}
