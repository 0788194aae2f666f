package dev.dockwright.rules.instructions;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FromAsCasingTest {
  private static final RuleTester T = RuleTester.of(FromAsCasing.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM alpine:3.20 AS base
        from alpine:3.20 as base2
        From alpine:3.20 as mixed
        """,
        """
        # expect: DW3014 [1:18-1:20] "`as` does not match the case of `FROM`: write `AS`"
        FROM alpine:3.20 as base
        # expect: DW3014 [1:18-1:20] "`AS` does not match the case of `from`: write `as`"
        from alpine:3.20 AS other
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

  @Test
  void matchesTheCaseOfFrom() {
    T.fix("FROM alpine:3.20 as base\nfrom alpine:3.20 As b2\n", "FROM alpine:3.20 AS base\nfrom alpine:3.20 as b2\n");
  }
}
