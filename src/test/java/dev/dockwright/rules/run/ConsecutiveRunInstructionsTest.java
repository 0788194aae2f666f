package dev.dockwright.rules.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.engine.Finding;
import dev.dockwright.rule.Settings;
import dev.dockwright.rules.RuleTester;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConsecutiveRunInstructionsTest {
  private static final RuleTester T = RuleTester.of(ConsecutiveRunInstructions.class);
  private static final RuleTester HADOLINT = T.with(Settings.defaults().withHadolintCompat(true));

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM debian:12
        RUN apt-get update
        # expect: DW4027 [1:1-1:4] "`RUN` right after the `RUN` on line 2 in stage `#0`: join them with `&&` to build one layer instead of two"
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
        // different flags (mounts, network) cannot be merged; equal ones can
        """
        FROM debian:12
        RUN --mount=type=cache,target=/var/cache/apt apt-get update
        RUN --mount=type=secret,id=token make
        RUN --network=none make test
        RUN --mount=type=secret,id=foo /foo.sh
        RUN --mount=type=secret,id=bar /bar.sh
        # expect: DW4027 [1:1-1:4] "`RUN` right after the `RUN` on line 6"
        RUN --mount=type=secret,id=bar /baz.sh
        """,
        // a RUN that chains several commands (`&&`, `;`, `||`, a pipe) was kept apart on purpose, either side
        """
        FROM debian:12
        RUN foo && bar
        RUN foobar
        RUN foo; bar
        RUN foobar
        RUN make check || true
        RUN curl -fsSL https://example.com/x | tar -x
        RUN make
        """,
        // hadolint's: after a chain, two single commands in a row are still reported
        """
        FROM debian:12
        RUN foo && bar
        RUN foo
        # expect: DW4027 [1:1-1:4] "`RUN` right after the `RUN` on line 3"
        RUN bar
        """,
        // every RUN of a row after the first, each against the one before
        """
        FROM debian:12 AS base
        RUN echo one
        # expect: DW4027 [1:1-1:4] "`RUN` right after the `RUN` on line 2 in stage `base`"
        RUN echo two
        # expect: DW4027 [1:1-1:4] "`RUN` right after the `RUN` on line 4 in stage `base`"
        RUN echo three
        """,
        // a command substitution or a nested `sh -c` script is part of its one command
        """
        FROM debian:12
        RUN echo "built $(date)" > /built
        # expect: DW4027 [1:1-1:4] "line 2"
        RUN sh -c 'make && make install'
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
        RUN ["echo", "five"]
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

  /** hadolint's verdicts: commands in substitutions count, and RUNs `&&` cannot chain onto merge too. */
  static Stream<String> hadolintCases() {
    return Stream.of(
        """
        FROM debian:12
        RUN echo "built $(date)" > /built
        RUN make
        WORKDIR /
        RUN ["echo", "four"]
        # expect: DW4027 [1:1-1:4] "`RUN` right after the `RUN` on line 5 in stage `#0`: merge them to build one layer"
        RUN ["echo", "five"]
        # expect: DW4027 [1:1-1:4] "`RUN` right after the `RUN` on line 7 in stage `#0`: merge them to build one layer"
        RUN echo six
        # expect: DW4027 [1:1-1:4] "`RUN` right after the `RUN` on line 9 in stage `#0`: join them with `&&`"
        RUN echo seven
        """,
        """
        FROM debian:12
        RUN foo && bar
        RUN foobar
        RUN --mount=type=secret,id=foo /foo.sh
        RUN /bar.sh
        """);
  }

  @ParameterizedTest
  @MethodSource("hadolintCases")
  void hadolintCompat(String dockerfile) {
    HADOLINT.check(dockerfile);
  }

  static Stream<Arguments> joins() {
    return Stream.of(
        Arguments.of("FROM debian:12\nRUN apt-get update\nRUN apt-get install -y curl\n",
            "FROM debian:12\nRUN apt-get update && apt-get install -y curl\n"),
        // a continued RUN keeps its style; the joined command keeps its own continuation lines
        Arguments.of("""
            FROM debian:12
            RUN apt-get install -y \\
                    curl
            RUN curl -fsSL https://example.com/x.sh \\
                    -o /x.sh
            CMD ["sh"]
            """, """
            FROM debian:12
            RUN apt-get install -y \\
                    curl \\
                    && curl -fsSL https://example.com/x.sh \\
                    -o /x.sh
            CMD ["sh"]
            """),
        // a shell comment at the end of the first RUN stays at the end of its line
        Arguments.of("FROM debian:12\nRUN make # build\n\nRUN make install\n",
            "FROM debian:12\nRUN make && make install # build\n\n"),
        // a row of RUNs becomes one: joining only the first two would leave the third behind a chain
        Arguments.of("FROM debian:12\nRUN mkdir /app\nRUN chown app /app\nRUN chmod 700 /app\nUSER app\n",
            "FROM debian:12\nRUN mkdir /app && chown app /app && chmod 700 /app\nUSER app\n"),
        // the RUNs after a comment join each other, not across it
        Arguments.of("FROM debian:12\nRUN a\n# then\nRUN b\nRUN c\n",
            "FROM debian:12\nRUN a\n# then\nRUN b && c\n"));
  }

  @ParameterizedTest
  @MethodSource("joins")
  void joinsTheSecondIntoTheFirst(String before, String after) {
    T.unsafeFix(before, after);
  }

  @Test
  void everyRunOfARowOffersTheSameJoin() {
    List<Finding> findings = T.findings("FROM debian:12\nRUN a\nRUN b\nRUN c\n");
    assertThat(findings).hasSize(2);
    assertThat(findings).allSatisfy(f -> assertThat(f.fix().orElseThrow().title())
        .isEqualTo("Join the `RUN`s of lines 2 to 4 into one"));
    assertThat(findings.get(0).fix().get().edits()).isEqualTo(findings.get(1).fix().get().edits());
  }

  /** Reported without a fix where joining could lose a comment, or where `&&` cannot chain. */
  @ParameterizedTest
  @ValueSource(strings = {
      "FROM debian:12\nRUN make\n# then install\nRUN make install\n",
      "FROM debian:12\nRUN make\nRUN make install # as root\n"})
  void noFixWhereJoiningChangesTheBuild(String dockerfile) {
    T.noFix(dockerfile);
  }

  @Test
  void noFixForExecFormInHadolintCompat() {
    HADOLINT.noFix("FROM debian:12\nRUN [\"a\"]\nRUN [\"b\"]\n");
  }
}
