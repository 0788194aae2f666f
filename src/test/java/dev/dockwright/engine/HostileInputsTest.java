package dev.dockwright.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.dockwright.ast.Instruction;
import dev.dockwright.parser.SyntaxDiagnostic;
import dev.dockwright.rule.Settings;
import dev.dockwright.semantic.DockerfileModel;
import dev.dockwright.shell.ShellDiagnostic;
import dev.dockwright.shell.ShellScript;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pathological inputs from {@code testdata/hostile/} (written by its {@code make-fixtures.py}) go through the
 * parser, the model and every rule (ShellCheck aside: it is an external process with its own time limit)
 * without an exception, a stack overflow or a hang, and get exactly the expected syntax diagnostics (code,
 * line, column, message) and shell-parser diagnostics. The time limit only guards against hangs; speed is
 * measured by {@code bench/hostile.sh}.
 */
class HostileInputsTest {
  private static final Path DIR = Path.of("testdata/hostile");

  /**
   * @param syntax every syntax diagnostic of the file as {@code code line:column message}, in order
   * @param shell every shell-parser diagnostic of the file's scripts as {@code line:column message}
   */
  record Expected(String file, List<String> syntax, List<String> shell) {
    @Override
    public String toString() {
      return file;
    }
  }

  static Stream<Expected> fixtures() {
    return Stream.of(
        new Expected("big-10mb.Dockerfile.gz", List.of(), List.of()),
        new Expected("run-lines-8000.Dockerfile", List.of(), List.of()),
        new Expected("long-line-70000.Dockerfile", List.of("line-too-long 2:1 line is 70009 bytes long; BuildKit"
            + " rejects lines longer than 65,535 bytes: split it with line continuations"), List.of()),
        new Expected("continuations-10000.Dockerfile", List.of(), List.of()),
        new Expected("nested-substitution-3000.Dockerfile", List.of(), List.of("2:705 nesting deeper than 200 levels")),
        new Expected("open-parentheses-20000.Dockerfile", List.of(), List.of("2:205 nesting deeper than 200 levels")),
        new Expected("invalid-utf8.Dockerfile", List.of("invalid-utf8 2:1 invalid UTF-8 at byte 39: save the file as"
            + " UTF-8"), List.of()),
        new Expected("nul-bytes.Dockerfile", List.of("nul-byte 2:10 NUL byte in the file: this looks like a binary"
            + " file, not a Dockerfile"), List.of()),
        new Expected("crlf.Dockerfile", List.of(), List.of()),
        new Expected("bom.Dockerfile", List.of(), List.of()),
        new Expected("mixed-escape-directives.Dockerfile", List.of(
            "duplicate-directive 2:1 only one `# escape=` parser directive is allowed; remove this one",
            "unknown-instruction 6:5 unknown instruction `c`: did you mean `CMD`?"), List.of()),
        new Expected("heredoc-never-closed.Dockerfile", List.of("unterminated-heredoc 2:5 heredoc `EOF` is never"
            + " closed: add a line `EOF` after its body"), List.of()),
        new Expected("heredocs-2000-on-one-line.Dockerfile", List.of(), List.of()),
        new Expected("onbuild-stages-1000.Dockerfile", List.of(), List.of()));
  }

  static byte[] read(String file) throws IOException {
    Path p = DIR.resolve(file);
    if (!file.endsWith(".gz")) {
      return Files.readAllBytes(p);
    }
    try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
      return in.readAllBytes();
    }
  }

  private static final RuleRegistry REGISTRY = RuleRegistry.standard();

  private static FileResult lint(String name, byte[] bytes) {
    Linter linter = new Linter(REGISTRY, RuleSelection.builder(REGISTRY).select(List.of("all"))
        .ignore(List.of("shellcheck")).build(), Settings.defaults(), true, t -> {
          throw new AssertionError("a rule threw on " + name, t);
        }).withDockerignoreLocator(p -> Optional.empty());
    return assertTimeoutPreemptively(Duration.ofSeconds(300), () -> linter.lint("Dockerfile", bytes));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void lintsWithExactlyTheExpectedDiagnostics(Expected expected) throws IOException {
    FileResult result = lint(expected.file(), read(expected.file()));
    assertThat(result.findings()).noneMatch(f -> f.message().startsWith("internal error"));
    assertThat(result.parse().diagnostics()).extracting(HostileInputsTest::describe)
        .containsExactlyElementsOf(expected.syntax());
    assertThat(shellDiagnostics(result)).containsExactlyElementsOf(expected.shell());
  }

  @Test
  void binaryGarbageIsReportedAsNotADockerfile() throws IOException {
    FileResult result = lint("binary garbage", read("binary-garbage.bin"));
    List<SyntaxDiagnostic> diagnostics = result.parse().diagnostics();
    assertThat(diagnostics).extracting(HostileInputsTest::describe).startsWith(
        "invalid-utf8 1:1 invalid UTF-8 at byte 1: save the file as UTF-8");
    assertThat(diagnostics).extracting(SyntaxDiagnostic::code)
        .containsOnly("invalid-utf8", "nul-byte", "unknown-instruction");
    assertThat(diagnostics).allMatch(d -> d.level() == SyntaxDiagnostic.Level.ERROR);
  }

  /** Cases built in the test rather than stored: variations too numerous or too large to commit. */
  static Stream<Arguments> generated() {
    return Stream.of(
        Arguments.of("200,000 `\\` continuation-only lines", ("FROM alpine:3.19\nRUN echo \\\n" + "\\\n".repeat(200_000)
            + "x\n")),
        Arguments.of("5,000 stages copying from the previous one", Stream.iterate(0, i -> i + 1).limit(5_000)
            .map(i -> "FROM alpine:3.19 AS s" + i + "\nCOPY --from=s" + Math.max(0, i - 1) + " /a /a\n")
            .reduce("", String::concat)),
        Arguments.of("unclosed quotes in 3,000 RUN lines", "FROM alpine:3.19\n" + "RUN echo \"a 'b `c $(d ${e\n"
            .repeat(3_000)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("generated")
  void generatedInputsLintWithoutInternalErrors(String name, String text) {
    FileResult result = lint(name, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(result.findings()).noneMatch(f -> f.message().startsWith("internal error"));
  }

  private static String describe(SyntaxDiagnostic d) {
    return d.code() + " " + d.range().startLine() + ":" + d.range().startColumn() + " " + d.message();
  }

  private static List<String> shellDiagnostics(FileResult result) {
    DockerfileModel model = DockerfileModel.of(result.parse().ast());
    List<String> out = new ArrayList<>();
    for (Instruction i : result.parse().ast().instructions()) {
      for (ShellScript s : model.scripts(i)) {
        for (ShellDiagnostic d : s.diagnostics()) {
          out.add(d.range().startLine() + ":" + d.range().startColumn() + " " + d.message());
        }
      }
    }
    return out;
  }
}
