package dev.dockwright.rules.run;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ConsecutiveRunInstructionsTest {
  private static final RuleTester T = RuleTester.of(ConsecutiveRunInstructions.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM debian:12
        RUN apt-get update
        # expect: DW4027 [1:1-1:4] "`RUN` right after the `RUN` on line 2 in stage `#0`: join them with `&&`"
        RUN apt-get install -y curl
        """,
        // a comment between them does not separate them; any instruction does
        """
        FROM debian:12
        RUN mkdir /app
        # the app
        # expect: DW4027 [1:1-1:4] "line 2"
        RUN chown app /app
        WORKDIR /app
        RUN make
        """,
        // better than hadolint's early versions: stage-aware, FROM ends the run of RUNs
        """
        FROM debian:12 AS build
        RUN make
        FROM debian:12
        RUN make install
        """,
        // different flags (mounts, network) cannot be merged
        """
        FROM debian:12
        RUN --mount=type=cache,target=/var/cache/apt apt-get update
        RUN --mount=type=secret,id=token make
        RUN --network=none make test
        """,
        // a RUN with a chain of several commands was kept apart on purpose
        """
        FROM debian:12
        RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*
        RUN make
        """,
        """
        FROM debian:12 AS base
        RUN echo one
        # expect: DW4027 [1:1-1:4] "in stage `base`"
        RUN <<EOF
        echo two
        EOF
        """,
        """
        FROM debian:12
        RUN echo one
        ONBUILD RUN echo two
        RUN echo three
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }
}
