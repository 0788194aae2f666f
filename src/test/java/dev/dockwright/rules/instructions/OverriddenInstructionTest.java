package dev.dockwright.rules.instructions;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class OverriddenInstructionTest {
  private static final RuleTester T = RuleTester.of(OverriddenInstruction.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM alpine:3.20 AS base
        CMD ["a"]
        FROM base
        CMD ["b"]
        ENTRYPOINT ["e"]
        HEALTHCHECK CMD true
        ONBUILD CMD ["c"]
        """,
        """
        FROM alpine:3.20
        # expect: DW3019 [1:1-1:4] "this CMD has no effect: the CMD on line 5 replaces it, as only the last CMD of a stage counts"
        CMD ["a"]
        ENTRYPOINT ["e"]
        CMD ["b"]
        # expect: DW3019 [1:1-1:12] "this HEALTHCHECK has no effect: the HEALTHCHECK on line 8"
        HEALTHCHECK NONE
        HEALTHCHECK CMD curl -f http://localhost/
        """,
        """
        FROM alpine:3.20
        # check=skip=MultipleInstructionsDisallowed
        ENTRYPOINT ["a"]
        ENTRYPOINT ["b"]
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

  @Test
  void removesTheOverriddenInstructionOnlyWithUnsafeFixes() {
    T.unsafeFix("FROM alpine:3.20\nCMD [\"a\"]\nCMD [\"b\", \\\n  \"c\"]\nCMD [\"d\"]\n", "FROM alpine:3.20\nCMD [\"d\"]\n");
  }
}
