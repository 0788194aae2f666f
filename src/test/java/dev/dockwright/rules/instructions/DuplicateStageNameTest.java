package dev.dockwright.rules.instructions;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DuplicateStageNameTest {
  private static final RuleTester T = RuleTester.of(DuplicateStageName.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM alpine:3.20 AS build
        FROM alpine:3.20 AS test
        FROM alpine:3.20
        """,
        """
        FROM alpine:3.20 AS build
        # expect: DW3011 [1:21-1:26] "stage name `Build` is already used on line 1 (names are compared ignoring case)"
        FROM alpine:3.20 AS Build
        """,
        """
        FROM alpine:3.20 AS build
        # check=skip=DuplicateStageName
        FROM alpine:3.20 AS build
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }
}
