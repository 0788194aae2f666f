package dev.dockwright.rules.instructions;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MissingHealthcheckTest {
  private static final RuleTester T = RuleTester.of(MissingHealthcheck.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM alpine:3.20 AS base
        HEALTHCHECK CMD true
        FROM base
        """,
        """
        FROM alpine:3.20
        HEALTHCHECK NONE
        """,
        """
        FROM alpine:3.20 AS build
        HEALTHCHECK CMD true
        # expect: DW3025 [1:1-1:5] "the final stage (#1) has no HEALTHCHECK"
        FROM alpine:3.20
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

}
