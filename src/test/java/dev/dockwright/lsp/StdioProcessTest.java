package dev.dockwright.lsp;

import static dev.dockwright.lsp.LanguageServerTest.codes;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;

/** {@code dockwright lsp} as an editor starts it: a child process spoken to over its standard input and output. */
class StdioProcessTest {
  @Test
  void theLspCommandServesOverStdioAndExitsCleanly() throws Exception {
    Process process = new ProcessBuilder(ServerProcess.command("--stdio")).start();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    Thread drain = new Thread(() -> {
      try {
        process.getErrorStream().transferTo(stderr);
      } catch (java.io.IOException e) {
        // the process ended
      }
    });
    drain.start();
    try {
      RecordingClient client = new RecordingClient();
      Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, process.getInputStream(),
          process.getOutputStream());
      Future<Void> listening = launcher.startListening();
      LanguageServer server = launcher.getRemoteProxy();

      InitializeParams init = new InitializeParams();
      init.setProcessId((int) ProcessHandle.current().pid());
      init.setCapabilities(LspHarness.capabilities(true, false));
      assertThat(server.initialize(init).get(60, TimeUnit.SECONDS).getServerInfo().getName()).isEqualTo("dockwright");
      server.initialized(new InitializedParams());
      server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(
          "file:///tmp/project/Dockerfile", "dockerfile", 1, "FROM alpine:3.20\nENV A b\n")));
      PublishDiagnosticsParams published = client.diagnostics.poll(60, TimeUnit.SECONDS);
      assertThat(published).as("diagnostics; stderr: %s", stderr).isNotNull();
      assertThat(codes(published)).containsExactly("DW3001");

      assertThat(server.shutdown().get(30, TimeUnit.SECONDS)).isNull();
      server.exit();

      assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue()).isZero();
      drain.join(5000);
      listening.cancel(true);
      assertThat(stderr.toString(StandardCharsets.UTF_8)).doesNotContain("Exception", "SEVERE");
      assertThat(client.logged).extracting(m -> m.getMessage()).anyMatch(m -> m.endsWith("language server ready"));
    } finally {
      process.destroyForcibly();
    }
  }

  @Test
  void aClientThatDiesEndsTheServerWithExitCodeOne() throws Exception {
    Process process = new ProcessBuilder(ServerProcess.command()).redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    try {
      process.getOutputStream().close();
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue()).isEqualTo(1);
    } finally {
      process.destroyForcibly();
    }
  }

}
