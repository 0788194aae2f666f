package dev.dockwright.lsp;

import static dev.dockwright.lsp.LanguageServerTest.codes;
import static dev.dockwright.lsp.LspHarness.range;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.junit.jupiter.api.Test;

/** Settings from the provider, reloads on config changes, related locations, and which run publishes. */
class SettingsAndSchedulingTest {
  static final String URI = "file:///work/project/Dockerfile";

  @Test
  void aChangedConfigFileReloadsTheSettingsAndRelintsOpenDocuments() throws Exception {
    TestSettings settings = new TestSettings(TestSettings::linter).onReload(() -> TestSettings.linter("DW3001"));
    try (LspHarness lsp = LspHarness.start(settings, Duration.ofMillis(20))) {
      lsp.initialize();
      assertThat(codes(lsp.open(URI, "FROM alpine:3.20\nENV A b\n"))).containsExactly("DW3001");

      watched(lsp, "file:///work/project/README.md", FileChangeType.Changed);
      watched(lsp, "file:///work/project/.dockwright.yaml", FileChangeType.Changed);

      assertThat(lsp.awaitDiagnostics(URI, 1).getDiagnostics()).isEmpty();
      assertThat(settings.reloads).containsExactly(List.of(new URI("file:///work/project/.dockwright.yaml")));
    }
  }

  @Test
  void settingsThatCannotBeReadAreShownAndDefaultsLint() throws Exception {
    TestSettings settings = new TestSettings(() -> {
      throw new IllegalStateException(".dockwright.yaml:3:5: unknown key 'selct': did you mean 'select'?");
    });
    try (LspHarness lsp = LspHarness.start(settings, Duration.ofMillis(20))) {
      lsp.initialize();

      assertThat(codes(lsp.open(URI, "FROM alpine:3.20\nENV A b\n"))).containsExactly("DW3001");

      assertThat(lsp.client.shown).hasSize(1);
      assertThat(lsp.client.shown.get(0).getType()).isEqualTo(MessageType.Error);
      assertThat(lsp.client.shown.get(0).getMessage()).isEqualTo("dockwright: .dockwright.yaml:3:5: unknown key"
          + " 'selct': did you mean 'select'? (linting with the default settings until it is fixed)");
    }
  }

  @Test
  void relatedLocationsBecomeRelatedInformation() throws Exception {
    try (LspHarness lsp = LspHarness.start(new TestSettings(TestSettings::linter), Duration.ofMillis(20))) {
      lsp.initialize();

      PublishDiagnosticsParams p = lsp.open(URI, "FROM alpine:3.20\nCMD [\"a\"]\nCMD [\"b\"]\n");

      Diagnostic d = p.getDiagnostics().stream().filter(x -> x.getCode().getLeft().equals("DW9901")).findFirst()
          .orElseThrow();
      assertThat(d.getRange()).isEqualTo(range(2, 0, 2, 3));
      assertThat(d.getRelatedInformation()).containsExactly(new DiagnosticRelatedInformation(
          new Location(URI, range(1, 0, 1, 3)), "the earlier `CMD`"));
    }
  }

  @Test
  void aRunOvertakenByANewerVersionPublishesNothing() throws Exception {
    try (LspHarness lsp = LspHarness.start(new TestSettings(TestSettings::linter), Duration.ofMillis(20))) {
      lsp.initialize();
      lsp.server.getTextDocumentService().didOpen(new org.eclipse.lsp4j.DidOpenTextDocumentParams(
          new org.eclipse.lsp4j.TextDocumentItem(URI, "dockerfile", 1, "# slow\nFROM alpine:3.20\n")));
      Thread.sleep(150);

      lsp.change(URI, 2, "FROM alpine:3.20\nENV A b\n");

      PublishDiagnosticsParams first = lsp.client.diagnostics.poll(LspHarness.WAIT.toSeconds(), TimeUnit.SECONDS);
      assertThat(first.getVersion()).as("the slow version 1 was overtaken while it linted").isEqualTo(2);
      assertThat(codes(first)).containsExactly("DW3001");
    }
  }

  @Test
  void typingFastPublishesTheLastVersionAndNeverGoesBack() throws Exception {
    try (LspHarness lsp = LspHarness.start(WorkspaceSettingsProvider.defaults(), Duration.ofMillis(150))) {
      lsp.initialize();
      lsp.open(URI, "FROM alpine:3.20\n");

      String text = "FROM alpine:3.20\n";
      for (int v = 2; v <= 12; v++) {
        text += "ENV K" + v + " v\n";
        lsp.change(URI, v, text);
      }

      PublishDiagnosticsParams last = lsp.awaitDiagnostics(URI, 12);
      assertThat(last.getDiagnostics()).hasSize(11);
      Thread.sleep(400);
      List<PublishDiagnosticsParams> later = new ArrayList<>();
      lsp.client.diagnostics.drainTo(later);
      assertThat(later).as("nothing older arrives after the newest version").isEmpty();
    }
  }

  static void watched(LspHarness lsp, String uri, FileChangeType type) {
    lsp.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
        List.of(new FileEvent(uri, type))));
  }

}
