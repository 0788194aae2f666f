package dev.dockwright.lsp;

import static dev.dockwright.lsp.LanguageServerTest.codes;
import static dev.dockwright.lsp.ProtocolRobustnessTest.hoverParams;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a client or a workspace can throw at the server beyond malformed JSON-RPC (that is
 * {@link ProtocolRobustnessTest}): a 20 MB document, editor settings of any shape, config files with unknown
 * rules or an alias bomb. Each gets a message the user sees, and the server goes on linting.
 */
@Timeout(120)
class HostileInputTest {
  static final String URI = "file:///work/project/Dockerfile";

  @TempDir
  Path tmp;

  @Test
  void aTwentyMegabyteDocumentIsNotLintedAndTheUserIsTold() throws Exception {
    String huge = "FROM alpine:3.20\n" + "RUN echo hello\n".repeat(20_000_000 / 15);
    try (LspHarness lsp = LspHarness.start()) {
      lsp.initialize();

      assertThat(lsp.open(URI, huge).getDiagnostics()).isEmpty();

      assertThat(lsp.client.shown).extracting(MessageParams::getType, MessageParams::getMessage).containsExactly(
          tuple(MessageType.Warning, "dockwright: /work/project/Dockerfile is 20000012"
              + " characters long, more than the language server lints (1048576); run dockwright lint on it instead"));
      lsp.change(URI, 2, "FROM alpine:3.20\nENV A b\n");
      assertThat(codes(lsp.awaitDiagnostics(URI, 2))).containsExactly("DW3001");
      lsp.change(URI, 3, huge + "ENV A b\n");
      assertThat(lsp.awaitDiagnostics(URI, 3).getDiagnostics()).isEmpty();
    }
  }

  @Test
  void editorSettingsOfAnyShapeAreLoggedAsUnusedAndChangeNothing() throws Exception {
    try (LspHarness lsp = LspHarness.start()) {
      InitializeParams params = new InitializeParams();
      params.setCapabilities(new ClientCapabilities());
      params.setInitializationOptions(List.of(1, "two", Map.of("ignore", 3)));
      lsp.server.initialize(params).get();
      lsp.server.initialized(new InitializedParams());
      for (Object settings : List.of("text", 42, List.of(1, 2), Map.of("dockwright", Map.of("ignore", 5)),
          Map.of("dockwright", Map.of("select", List.of("no-such-rule"))))) {
        lsp.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(settings));
      }

      assertThat(codes(lsp.open(URI, "FROM alpine:3.20\nENV A b\n"))).containsExactly("DW3001");
      assertThat(lsp.client.logged).extracting(MessageParams::getMessage)
          .contains(DockwrightLanguageServer.INITIALIZATION_OPTIONS_UNUSED, Workspace.EDITOR_SETTINGS_UNUSED);
      assertThat(lsp.client.logged).filteredOn(m -> m.getMessage().equals(Workspace.EDITOR_SETTINGS_UNUSED))
          .hasSize(5);
      assertThat(lsp.client.shown).isEmpty();
    }
  }

  @Test
  void mistypedConfigurationNotificationsLeaveTheServerAnswering() throws Exception {
    try (LspHarness lsp = LspHarness.raw()) {
      RawJsonRpc rpc = new RawJsonRpc(lsp.fromServer, lsp.toServer);
      rpc.request(1, "initialize", "{\"processId\":null,\"rootUri\":null,\"capabilities\":{},"
          + "\"initializationOptions\":\"not an object\"}");
      assertThat(rpc.response(1).getAsJsonObject("result").has("capabilities")).isTrue();
      rpc.notify("initialized", "{}");

      rpc.notify("workspace/didChangeConfiguration", "{}");
      rpc.notify("workspace/didChangeConfiguration", "{\"settings\":null}");
      rpc.notify("workspace/didChangeConfiguration", "[1, 2]");
      rpc.notify("workspace/didChangeConfiguration", "\"settings\"");
      rpc.notify("workspace/didChangeConfiguration", "{\"settings\":{\"dockwright\":{\"ignore\":{\"a\":[[[]]]}}}}");
      rpc.notify("textDocument/didOpen", "{\"textDocument\":{\"uri\":\"" + URI + "\",\"languageId\":\"dockerfile\","
          + "\"version\":1,\"text\":\"FROM alpine\\nENV A b\\n\"}}");

      rpc.request(2, "textDocument/hover", hoverParams(1, 4));
      assertThat(rpc.response(2).getAsJsonObject("result").getAsJsonObject("contents").get("value").getAsString())
          .startsWith("# legacy-key-value-format");
    }
  }

  @Test
  void unknownRulesInTheWorkspaceConfigAreShownAndDefaultsLintUntilItIsFixed() throws Exception {
    Files.createDirectories(tmp.resolve(".git"));
    Path config = tmp.resolve(".dockwright.yaml");
    Files.writeString(config, "ignore: [legacy-key-value-formt]\n");
    String uri = tmp.resolve("Dockerfile").toUri().toString();
    try (LspHarness lsp = LspHarness.start(new ConfigWorkspaceSettings(Map.of()), Duration.ofMillis(20))) {
      lsp.initialize();

      assertThat(codes(lsp.open(uri, "FROM alpine:3.20\nENV A b\n"))).containsExactly("DW3001");

      assertThat(lsp.client.shown).extracting(MessageParams::getMessage).containsExactly("dockwright:"
          + " .dockwright.yaml:1:10: unknown rule 'legacy-key-value-formt'; did you mean 'legacy-key-value-format'?"
          + " (linting with the default settings until it is fixed)");

      Files.writeString(config, "ignore: [legacy-key-value-format]\n");
      lsp.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
          List.of(new FileEvent(config.toUri().toString(), FileChangeType.Changed))));
      assertThat(lsp.awaitDiagnostics(uri, 1).getDiagnostics()).isEmpty();
    }
  }

  @Test
  void anAliasBombInTheWorkspaceConfigIsShownNotExpanded() throws Exception {
    Files.createDirectories(tmp.resolve(".git"));
    Files.writeString(tmp.resolve(".hadolint.yaml"), "ignored: &a [DL3008, DL3009]\noverride:\n  error: [*a, *a]\n");
    String uri = tmp.resolve("Dockerfile").toUri().toString();
    try (LspHarness lsp = LspHarness.start(new ConfigWorkspaceSettings(Map.of()), Duration.ofMillis(20))) {
      lsp.initialize();

      assertThat(codes(lsp.open(uri, "FROM alpine:3.20\nENV A b\n"))).containsExactly("DW3001");

      assertThat(lsp.client.shown).extracting(MessageParams::getMessage).containsExactly("dockwright:"
          + " .hadolint.yaml:3:11: YAML aliases are not supported; write the value out instead of *a"
          + " (linting with the default settings until it is fixed)");
    }
  }

}
