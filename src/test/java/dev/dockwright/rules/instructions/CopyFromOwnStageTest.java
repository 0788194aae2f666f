package dev.dockwright.rules.instructions;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CopyFromOwnStageTest {
  private static final RuleTester T = RuleTester.of(CopyFromOwnStage.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM alpine:3.20 AS base
        FROM base AS app
        COPY --from=base /x /x
        COPY --from=0 /x /x
        """,
        """
        FROM alpine:3.20 AS app
        # expect: DW3010 [1:13-1:16] "`COPY --from=App` copies from the stage it is in (app)"
        COPY --from=App /x /x
        FROM alpine:3.20
        # expect: DW3010 [1:13-1:14] "`COPY --from=1` copies from the stage it is in (#1)"
        COPY --from=1 /x /x
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }
}
