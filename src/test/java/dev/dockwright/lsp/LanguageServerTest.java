package dev.dockwright.lsp;

import static dev.dockwright.lsp.LspHarness.range;
import static dev.dockwright.lsp.LspHarness.titled;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;

/** The server as an editor sees it: every call is a JSON-RPC message over the pipes of {@link LspHarness}. */
class LanguageServerTest {
  static final String URI = "file:///work/project/Dockerfile";
  static final String DOCKERFILE = """
      FROM alpine:3.20
      MAINTAINER Jane <jane@example.com>
        ENV JAVA_HOME /opt/java
      run echo hi
      """;

  @Test
  void initializeAdvertisesSyncCodeActionsAndHover() throws Exception {
    try (LspHarness lsp = LspHarness.start()) {
      InitializeResult result = lsp.initialize();

      var caps = result.getCapabilities();
      assertThat(caps.getTextDocumentSync().getRight().getChange()).isEqualTo(TextDocumentSyncKind.Full);
      assertThat(caps.getTextDocumentSync().getRight().getOpenClose()).isTrue();
      assertThat(caps.getTextDocumentSync().getRight().getSave().getRight().getIncludeText()).isFalse();
      assertThat(caps.getHoverProvider().getLeft()).isTrue();
      assertThat(caps.getCodeActionProvider().getRight().getCodeActionKinds())
          .containsExactly(CodeActionKind.QuickFix, "source.fixAll.dockwright");
      assertThat(caps.getPositionEncoding()).isEqualTo("utf-16");
      assertThat(result.getServerInfo().getName()).isEqualTo("dockwright");
      awaitRegistrations(lsp, 1);
      var registration = lsp.client.registrations.get(0).getRegistrations().get(0);
      assertThat(registration.getMethod()).isEqualTo("workspace/didChangeWatchedFiles");
      assertThat(registration.getRegisterOptions()).hasToString(
          "{\"watchers\":[{\"globPattern\":\"**/.dockwright.yaml\"},{\"globPattern\":\"**/.dockwright.yml\"}]}");
    }
  }

  @Test
  void openPublishesDiagnosticsWithExactRangesCodesAndLinks() throws Exception {
    try (LspHarness lsp = LspHarness.start()) {
      lsp.initialize();

      PublishDiagnosticsParams published = lsp.open(URI, DOCKERFILE);

      assertThat(published.getVersion()).isEqualTo(1);
      List<Diagnostic> d = published.getDiagnostics();
      assertThat(d).extracting(Diagnostic::getRange).containsExactly(
          range(1, 0, 1, 10), range(2, 6, 2, 15), range(3, 0, 3, 3));
      assertThat(d).extracting(x -> x.getCode().getLeft()).containsExactly("DW3000", "DW3001", "DW3002");
      assertThat(d).extracting(Diagnostic::getSeverity).containsExactly(
          DiagnosticSeverity.Error, DiagnosticSeverity.Warning, DiagnosticSeverity.Hint);
      assertThat(d).extracting(Diagnostic::getMessage).containsExactly(
          "`MAINTAINER` is deprecated: use `LABEL maintainer=\"Jane <jane@example.com>\"` instead",
          "`ENV JAVA_HOME <value>` is the legacy form: write `ENV JAVA_HOME=<value>`",
          "`run` is not upper case like most instructions in this file");
      assertThat(d).allSatisfy(x -> assertThat(x.getSource()).isEqualTo("dockwright"));
      assertThat(d.get(1).getCodeDescription().getHref()).isEqualTo(
          "https://github.com/dockwright/dockwright/blob/main/rules/DW3001-legacy-key-value-format.md");
      assertThat(d).allSatisfy(x -> assertThat(x.getRelatedInformation()).isNull());
    }
  }

  @Test
  void quickFixesApplyAndTheNextDiagnosticsAreClean() throws Exception {
    try (LspHarness lsp = LspHarness.start()) {
      lsp.initialize();
      lsp.open(URI, DOCKERFILE);

      List<CodeAction> atEnv = lsp.codeActions(URI, range(2, 8, 2, 8), null);
      assertThat(atEnv).extracting(CodeAction::getTitle).containsExactly(
          "Rewrite as `JAVA_HOME=/opt/java`", "Ignore DW3001 for this line", "Fix all safe dockwright problems");
      CodeAction rewrite = atEnv.get(0);
      assertThat(rewrite.getKind()).isEqualTo(CodeActionKind.QuickFix);
      assertThat(rewrite.getIsPreferred()).isTrue();
      assertThat(rewrite.getDiagnostics()).extracting(x -> x.getCode().getLeft()).containsExactly("DW3001");
      assertThat(rewrite.getEdit().getDocumentChanges().get(0).getLeft().getTextDocument().getVersion())
          .isEqualTo(1);

      String v2 = LspHarness.apply(DOCKERFILE, rewrite.getEdit(), URI);
      assertThat(v2).isEqualTo("FROM alpine:3.20\nMAINTAINER Jane <jane@example.com>\n  ENV JAVA_HOME=/opt/java\n"
          + "run echo hi\n");
      lsp.change(URI, 2, v2);
      assertThat(codes(lsp.awaitDiagnostics(URI, 2))).containsExactly("DW3000", "DW3002");

      CodeAction upper = titled(lsp.codeActions(URI, range(3, 0, 3, 3), null), "Write `RUN`");
      String v3 = LspHarness.apply(v2, upper.getEdit(), URI);
      lsp.change(URI, 3, v3);
      assertThat(codes(lsp.awaitDiagnostics(URI, 3))).containsExactly("DW3000");

      CodeAction label = titled(lsp.codeActions(URI, range(1, 3, 1, 3), List.of(CodeActionKind.QuickFix)),
          "Replace with `LABEL maintainer=\"Jane <jane@example.com>\"` (unsafe fix)");
      assertThat(label.getIsPreferred()).isFalse();
      String v4 = LspHarness.apply(v3, label.getEdit(), URI);
      lsp.change(URI, 4, v4);

      assertThat(lsp.awaitDiagnostics(URI, 4).getDiagnostics()).isEmpty();
      assertThat(v4).isEqualTo("FROM alpine:3.20\nLABEL maintainer=\"Jane <jane@example.com>\"\n"
          + "  ENV JAVA_HOME=/opt/java\nRUN echo hi\n");
      assertThat(lsp.codeActions(URI, range(0, 0, 4, 0), null)).isEmpty();
    }
  }

  @Test
  void ignoreInsertsAPragmaWithTheInstructionsIndentationOrExtendsTheOneThere() throws Exception {
    try (LspHarness lsp = LspHarness.start()) {
      lsp.initialize();
      String text = "FROM alpine:3.20\nRUN true\n  env A b\n";
      assertThat(codes(lsp.open(URI, text))).containsExactly("DW3002", "DW3001");

      CodeAction ignore = titled(lsp.codeActions(URI, range(2, 6, 2, 6), null), "Ignore DW3001 for this line");
      assertThat(ignore.getKind()).isEqualTo(CodeActionKind.QuickFix);
      String v2 = LspHarness.apply(text, ignore.getEdit(), URI);
      assertThat(v2).isEqualTo("FROM alpine:3.20\nRUN true\n  # dockwright ignore=DW3001\n  env A b\n");
      lsp.change(URI, 2, v2);
      assertThat(codes(lsp.awaitDiagnostics(URI, 2))).containsExactly("DW3002");

      CodeAction second = titled(lsp.codeActions(URI, range(3, 2, 3, 5), null), "Ignore DW3002 for this line");
      String v3 = LspHarness.apply(v2, second.getEdit(), URI);
      assertThat(v3).isEqualTo("FROM alpine:3.20\nRUN true\n  # dockwright ignore=DW3001,DW3002\n  env A b\n");
      lsp.change(URI, 3, v3);
      assertThat(lsp.awaitDiagnostics(URI, 3).getDiagnostics()).isEmpty();
    }
  }

  @Test
  void fixAllAppliesEverySafeFixAndLeavesUnsafeOnes() throws Exception {
    try (LspHarness lsp = LspHarness.start()) {
      lsp.initialize();
      lsp.open(URI, DOCKERFILE);

      List<CodeAction> actions = lsp.codeActions(URI, range(0, 0, 0, 0), List.of("source.fixAll"));

      assertThat(actions).extracting(CodeAction::getTitle).containsExactly("Fix all safe dockwright problems");
      assertThat(actions.get(0).getKind()).isEqualTo("source.fixAll.dockwright");
      String fixed = LspHarness.apply(DOCKERFILE, actions.get(0).getEdit(), URI);
      assertThat(fixed).isEqualTo("FROM alpine:3.20\nMAINTAINER Jane <jane@example.com>\n  ENV JAVA_HOME=/opt/java\n"
          + "RUN echo hi\n");
      lsp.change(URI, 2, fixed);
      assertThat(codes(lsp.awaitDiagnostics(URI, 2))).containsExactly("DW3000");
      assertThat(lsp.codeActions(URI, range(0, 0, 0, 0), List.of("source.fixAll"))).isEmpty();
    }
  }

  @Test
  void editsUseTheChangesMapForClientsWithoutDocumentChanges() throws Exception {
    try (LspHarness lsp = LspHarness.start()) {
      lsp.initialize(LspHarness.capabilities(false, false));
      lsp.open(URI, DOCKERFILE);

      CodeAction rewrite = titled(lsp.codeActions(URI, range(2, 6, 2, 15), null), "Rewrite as `JAVA_HOME=/opt/java`");

      assertThat(rewrite.getEdit().getDocumentChanges()).isNull();
      assertThat(rewrite.getEdit().getChanges().get(URI)).hasSize(1);
      assertThat(lsp.client.registrations).isEmpty();
    }
  }

  @Test
  void hoverOnADiagnosticShowsTheRulePage() throws Exception {
    try (LspHarness lsp = LspHarness.start()) {
      lsp.initialize();
      lsp.open(URI, DOCKERFILE);

      Hover hover = hover(lsp, 2, 8);

      assertThat(hover.getContents().getRight().getKind()).isEqualTo(MarkupKind.MARKDOWN);
      String markdown = hover.getContents().getRight().getValue();
      assertThat(markdown).startsWith("# legacy-key-value-format\n\n## What it does\n")
          .contains("## Why is this bad?", "ENV JAVA_HOME=/opt/java")
          .endsWith("[DW3001 legacy-key-value-format](https://github.com/dockwright/dockwright/blob/main/rules/"
              + "DW3001-legacy-key-value-format.md)");
      assertThat(hover.getRange()).isEqualTo(range(2, 6, 2, 15));
      assertThat(hover(lsp, 0, 2)).isNull();
      assertThat(hover(lsp, 2, 15)).as("the range end is exclusive").isNull();
    }
  }

  @Test
  void crlfAndByteOrderMarkKeepPositionsAndLineEndings() throws Exception {
    try (LspHarness lsp = LspHarness.start()) {
      lsp.initialize();
      String text = "\uFEFFFROM alpine:3.20\r\n  ENV A b\r\n";

      PublishDiagnosticsParams published = lsp.open(URI, text);

      assertThat(published.getDiagnostics()).extracting(Diagnostic::getRange).containsExactly(range(1, 6, 1, 7));
      CodeAction ignore = titled(lsp.codeActions(URI, range(1, 6, 1, 6), null), "Ignore DW3001 for this line");
      assertThat(ignore.getEdit().getDocumentChanges().get(0).getLeft().getEdits().get(0).getNewText())
          .isEqualTo("  # dockwright ignore=DW3001\r\n");
      assertThat(hover(lsp, 1, 6).getRange()).isEqualTo(range(1, 6, 1, 7));
    }
  }

  @Test
  void saveLintsAgainAndCloseClearsTheDiagnostics() throws Exception {
    try (LspHarness lsp = LspHarness.start()) {
      lsp.initialize();
      lsp.open(URI, DOCKERFILE);

      lsp.server.getTextDocumentService().didSave(new DidSaveTextDocumentParams(new TextDocumentIdentifier(URI)));
      assertThat(codes(lsp.awaitDiagnostics(URI, 1))).containsExactly("DW3000", "DW3001", "DW3002");

      lsp.server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(URI)));
      PublishDiagnosticsParams cleared = lsp.client.diagnostics.poll(LspHarness.WAIT.toSeconds(), TimeUnit.SECONDS);
      assertThat(cleared.getUri()).isEqualTo(URI);
      assertThat(cleared.getDiagnostics()).isEmpty();
      assertThat(lsp.codeActions(URI, range(0, 0, 0, 0), null)).as("closed documents have no actions").isEmpty();
    }
  }

  static Hover hover(LspHarness lsp, int line, int character) throws Exception {
    return lsp.server.getTextDocumentService()
        .hover(new HoverParams(new TextDocumentIdentifier(URI), new Position(line, character)))
        .get(LspHarness.WAIT.toSeconds(), TimeUnit.SECONDS);
  }

  static List<String> codes(PublishDiagnosticsParams p) {
    return p.getDiagnostics().stream().map(Diagnostic::getCode).map(Either::getLeft).toList();
  }

  static void awaitRegistrations(LspHarness lsp, int n) throws InterruptedException {
    for (int i = 0; i < 200 && lsp.client.registrations.size() < n; i++) {
      Thread.sleep(50);
    }
    assertThat(lsp.client.registrations).hasSize(n);
  }
}
