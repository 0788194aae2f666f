package dev.dockwright.rules.instructions;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ReservedStageNameTest {
  private static final RuleTester T = RuleTester.of(ReservedStageName.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM alpine:3.20 AS scratchpad
        FROM scratch
        """,
        """
        # expect: DW3012 [1:21-1:28] "`scratch` is a stage name BuildKit reserves (`scratch` is the empty base image): rename the stage"
        FROM alpine:3.20 AS scratch
        # expect: DW3012 [1:21-1:28] "`Context` is a stage name BuildKit reserves (`context` names the build context)"
        FROM alpine:3.20 AS Context
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }
}
