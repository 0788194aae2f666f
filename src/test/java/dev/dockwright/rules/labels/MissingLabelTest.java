package dev.dockwright.rules.labels;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MissingLabelTest {
  private static final RuleTester T = RuleTester.of(MissingLabel.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM alpine:3.20
        """,
        """
        # dockwright label-schema=org.opencontainers.image.version:semver,owner:text
        FROM alpine:3.20 AS base
        LABEL owner=team-a
        FROM base
        LABEL org.opencontainers.image.version=1.0.0
        """,
        """
        # dockwright label-schema=owner:text
        FROM alpine:3.20 AS build
        LABEL owner=team-a
        # expect: DW5001 [1:1-1:5] "label `owner` (required by the label schema) is missing from the final image (#1)"
        FROM alpine:3.20
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

  @Test
  void readsTheConfiguredSchema() {
    T.with(dev.dockwright.rule.Settings.defaults().withLabelSchema(java.util.Map.of("team", "text"), false)).check(
        """
        # expect: DW5001 [1:1-1:5] "label `team` (required by the label schema) is missing"
        FROM alpine:3.20
        """);
  }
}
