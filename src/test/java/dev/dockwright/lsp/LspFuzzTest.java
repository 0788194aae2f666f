package dev.dockwright.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.dockwright.engine.FuzzRegressions;
import dev.dockwright.engine.Linter;
import dev.dockwright.engine.RuleRegistry;
import dev.dockwright.engine.RuleSelection;
import dev.dockwright.parser.DecodedSource;
import dev.dockwright.rule.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The language server in-process ({@link LspHarness}): didOpen of fuzzed text, then didChange to more fuzzed
 * text; each version gets diagnostics, with ranges inside the document, and the server logs no error. Every
 * default rule runs but ShellCheck (an external process).
 * Inputs: {@code LspFuzzTestInputs/openAndChange/}.
 */
class LspFuzzTest {
  private static final AtomicInteger DOCUMENTS = new AtomicInteger();
  private static LspHarness lsp;

  @BeforeAll
  static void start() throws Exception {
    // The default rules but ShellCheck, an external process (as in the pipeline target): its own slowness on
    // odd scripts (1,000 nested `$(...)` run into the runner's 10 s timeout) would only slow the fuzzing.
    RuleRegistry registry = RuleRegistry.standard();
    lsp = LspHarness.start(WorkspaceSettingsProvider.fixed(new Linter(registry,
        RuleSelection.builder(registry).ignore(List.of("shellcheck")).build(), Settings.defaults(), true, t -> { })),
        Duration.ZERO);
    lsp.initialize();
  }

  @AfterAll
  static void stop() throws Exception {
    lsp.close();
  }

  @FuzzTest
  void openAndChange(FuzzedDataProvider data) throws Exception {
    String first = data.consumeString(2000);
    String second = data.consumeRemainingAsString();
    openAndChange(first, second);
  }

  /**
   * The fuzz target over its seed corpus: each Dockerfile fixture of {@code testdata/} opened, then changed
   * into the next one.
   */
  @ParameterizedTest
  @MethodSource("fixturePairs")
  void everyFixtureOpensAndChanges(Path file, Path next) throws Exception {
    openAndChange(DecodedSource.decode(Files.readAllBytes(file)).text(),
        DecodedSource.decode(Files.readAllBytes(next)).text());
  }

  static Stream<Arguments> fixturePairs() throws IOException {
    List<Path> files = FuzzRegressions.fixtures().toList();
    return java.util.stream.IntStream.range(0, files.size())
        .mapToObj(i -> Arguments.of(files.get(i), files.get((i + 1) % files.size())));
  }

  private static void openAndChange(String first, String second) throws Exception {
    String uri = "file:///work/fuzz/" + DOCUMENTS.incrementAndGet() + "/Dockerfile";
    checkRanges(lsp.open(uri, first));
    lsp.change(uri, 2, second);
    checkRanges(lsp.awaitDiagnostics(uri, 2));
    lsp.server.getTextDocumentService().didClose(new org.eclipse.lsp4j.DidCloseTextDocumentParams(
        new org.eclipse.lsp4j.TextDocumentIdentifier(uri)));
    assertThat(lsp.stderr.toString()).as("server log").doesNotContain("error");
  }

  private static void checkRanges(PublishDiagnosticsParams p) {
    for (Diagnostic d : p.getDiagnostics()) {
      assertThat(d.getRange().getStart().getLine()).isNotNegative();
      assertThat(d.getRange().getStart().getCharacter()).isNotNegative();
      assertThat(d.getMessage()).isNotBlank();
    }
  }
}
