package dev.dockwright.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The language server in-process ({@link LspHarness}): didOpen of fuzzed text, then didChange to more fuzzed
 * text; each version gets diagnostics, with ranges inside the document, and the server logs no error.
 * Inputs: {@code LspFuzzTestInputs/openAndChange/}.
 */
class LspFuzzTest {
  private static final AtomicInteger DOCUMENTS = new AtomicInteger();
  private static LspHarness lsp;

  @BeforeAll
  static void start() throws Exception {
    lsp = LspHarness.start(WorkspaceSettingsProvider.defaults(), Duration.ZERO);
    lsp.initialize();
  }

  @AfterAll
  static void stop() throws Exception {
    lsp.close();
  }

  @FuzzTest
  void openAndChange(FuzzedDataProvider data) throws Exception {
    String uri = "file:///work/fuzz/" + DOCUMENTS.incrementAndGet() + "/Dockerfile";
    String first = data.consumeString(2000);
    String second = data.consumeRemainingAsString();
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
