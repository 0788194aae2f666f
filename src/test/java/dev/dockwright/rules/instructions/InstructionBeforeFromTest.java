package dev.dockwright.rules.instructions;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class InstructionBeforeFromTest {
  private static final RuleTester T = RuleTester.of(InstructionBeforeFrom.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        # syntax=docker/dockerfile:1
        ARG VERSION=3.20
        FROM alpine:${VERSION}
        RUN echo
        """,
        """
        ARG VERSION=3.20
        # expect: DW3015 [1:1-1:4] "`ENV` comes before the first FROM"
        ENV A=1
        FROM alpine:3.20
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

}
