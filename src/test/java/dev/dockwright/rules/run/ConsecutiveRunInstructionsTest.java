package dev.dockwright.rules.run;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

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
        RUN echo two
        """,
        // `&&` cannot join a RUN in exec form or one with a here-document
        """
        FROM debian:12
        RUN echo one
        RUN <<EOF
        echo two
        EOF
        RUN echo three
        RUN ["echo", "four"]
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

  static Stream<Arguments> joins() {
    return Stream.of(
        Arguments.of("FROM debian:12\nRUN apt-get update\nRUN apt-get install -y curl\n",
            "FROM debian:12\nRUN apt-get update && apt-get install -y curl\n"),
        // a continued RUN keeps its style; the joined command keeps its own continuation lines
        Arguments.of("""
            FROM debian:12
            RUN apt-get update \\
                && apt-get install -y curl
            RUN curl -fsSL https://example.com/x.sh -o /x.sh \\
                && sh /x.sh
            CMD ["sh"]
            """, """
            FROM debian:12
            RUN apt-get update \\
                && apt-get install -y curl \\
                && curl -fsSL https://example.com/x.sh -o /x.sh \\
                && sh /x.sh
            CMD ["sh"]
            """),
        // a shell comment at the end of the first RUN stays at the end of its line
        Arguments.of("FROM debian:12\nRUN make # build\n\nRUN make install\n",
            "FROM debian:12\nRUN make && make install # build\n\n"));
  }

  @ParameterizedTest
  @MethodSource("joins")
  void joinsTheSecondIntoTheFirst(String before, String after) {
    T.unsafeFix(before, after);
  }

  /** Reported without a fix where joining could change what fails the build, or lose a comment. */
  @ParameterizedTest
  @ValueSource(strings = {
      "FROM debian:12\nRUN make\nRUN make check || true\n",
      "FROM debian:12\nRUN make\nRUN make check; make install\n",
      "FROM debian:12\nRUN make\n# then install\nRUN make install\n",
      "FROM debian:12\nRUN make\nRUN make install # as root\n"})
  void noFixWhereJoiningChangesTheBuild(String dockerfile) {
    T.noFix(dockerfile);
  }
}
