package dev.dockwright.rules.labels;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LabelNotRfc3339Test {
  private static final RuleTester T = RuleTester.of(LabelNotRfc3339.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM alpine:3.20
        LABEL org.opencontainers.image.created=2024-05-01T12:00:00Z org.label-schema.build-date="2024-05-01T12:00:00.5+02:00"
        """,
        """
        FROM alpine:3.20
        # expect: DW5005 [1:40-1:50] "label `org.opencontainers.image.created` should be an RFC 3339 timestamp such as `2024-05-01T12:00:00Z`, but is `2024-05-01`"
        LABEL org.opencontainers.image.created=2024-05-01
        # expect: DW5005 [1:40-1:60] "but is `2024-02-30T00:00:00Z`"
        LABEL org.opencontainers.image.created=2024-02-30T00:00:00Z
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

}
