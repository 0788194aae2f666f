package dev.dockwright.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.dockwright.parser.SyntaxDiagnostic;
import dev.dockwright.rule.Settings;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pathological inputs go through the parser, the model and every rule (ShellCheck aside: it is an external
 * process with its own time limit) without an exception, a stack overflow or a hang, and get a clear
 * diagnostic where one applies. The time limit here only guards against hangs; speed is measured in bench/.
 */
class HostileInputsTest {
  private static String repeat(String s, int n) {
    return s.repeat(n);
  }

  static Stream<Arguments> inputs() {
    Random random = new Random(7);
    byte[] garbage = new byte[200_000];
    random.nextBytes(garbage);
    StringBuilder longFile = new StringBuilder("FROM debian:12\n");
    for (int i = 0; i < 2_000; i++) {
      longFile.append("RUN apt-get install -y pkg").append(i).append(" && echo ").append(i).append(" | tee /x\n");
    }
    return Stream.of(
        Arguments.of("2,000 RUN lines", longFile.toString().getBytes(StandardCharsets.UTF_8), List.of()),
        Arguments.of("70,000-byte line", ("FROM alpine\nRUN echo " + repeat("a", 70_000) + "\n")
            .getBytes(StandardCharsets.UTF_8), List.of("line-too-long")),
        Arguments.of("10,000 continuations", ("FROM alpine\nRUN echo start \\\n" + repeat("  && echo x \\\n", 10_000)
            + "  && echo end\n").getBytes(StandardCharsets.UTF_8), List.of()),
        Arguments.of("3,000 nested $(...)", ("FROM alpine\nRUN echo " + repeat("$(echo ", 3_000) + "x"
            + repeat(")", 3_000) + "\n").getBytes(StandardCharsets.UTF_8), List.of()),
        Arguments.of("20,000 open parentheses", ("FROM alpine\nRUN " + repeat("(", 20_000) + "\n")
            .getBytes(StandardCharsets.UTF_8), List.of()),
        Arguments.of("binary garbage", garbage, List.of("invalid-utf8")),
        Arguments.of("NUL bytes", "FROM alpine\nRUN echo \0\0\0\n".getBytes(StandardCharsets.UTF_8),
            List.of("nul-byte")),
        Arguments.of("CRLF and BOM", "\uFEFFFROM alpine\r\nRUN echo a \\\r\n  b\r\n".getBytes(StandardCharsets.UTF_8),
            List.of()),
        Arguments.of("mixed escape directives", "# escape=`\n# escape=\\\nFROM alpine\nRUN a `\n b \\\n c\n"
            .getBytes(StandardCharsets.UTF_8), List.of("duplicate-directive")),
        Arguments.of("heredoc never closed", "FROM alpine\nRUN <<EOF\nnever closed\n".getBytes(StandardCharsets.UTF_8),
            List.of("unterminated-heredoc")),
        Arguments.of("2,000 heredocs on one line", ("FROM alpine\nRUN " + String.join(" ",
            Stream.iterate(0, i -> i + 1).limit(2_000).map(i -> "<<E" + i).toList()) + " cat\n"
            + String.join("", Stream.iterate(0, i -> i + 1).limit(2_000).map(i -> "x\nE" + i + "\n").toList()))
            .getBytes(StandardCharsets.UTF_8), List.of()),
        Arguments.of("1,000 ONBUILD stages", repeat("FROM alpine AS s\nONBUILD ONBUILD RUN x\nCOPY --from=s / /\n",
            1_000).getBytes(StandardCharsets.UTF_8), List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void lintsWithoutCrashing(String name, byte[] bytes, List<String> expectedCodes) {
    RuleRegistry registry = RuleRegistry.standard();
    Linter linter = new Linter(registry, RuleSelection.builder(registry).select(List.of("all"))
        .ignore(List.of("shellcheck")).build(), Settings.defaults(), true, t -> {
          throw new AssertionError("a rule threw on " + name, t);
        });
    FileResult result = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> linter.lint("Dockerfile", bytes));
    assertThat(result.findings()).noneMatch(f -> f.message().startsWith("internal error"));
    assertThat(result.parse().diagnostics()).extracting(SyntaxDiagnostic::code).containsAll(expectedCodes);
  }
}
