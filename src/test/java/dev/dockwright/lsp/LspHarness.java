package dev.dockwright.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesCapabilities;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.WorkspaceEditCapabilities;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * A server and an LSP4J client joined by two pipes, as an editor joins the server's standard input and
 * output. Everything goes through JSON-RPC messages; nothing calls the server's classes.
 */
final class LspHarness implements AutoCloseable {
  static final Duration WAIT = Duration.ofSeconds(20);

  final RecordingClient client = new RecordingClient();
  final LanguageServer server;
  final LspSession session;
  final OutputStream toServer;
  final InputStream fromServer;
  final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
  private final Future<Void> clientListening;

  private LspHarness(WorkspaceSettingsProvider settings, Duration debounce, boolean rawClient) throws IOException {
    Pipe clientToServer = Pipe.open();
    Pipe serverToClient = Pipe.open();
    session = LspSession.start(Channels.newInputStream(clientToServer.source()),
        Channels.newOutputStream(serverToClient.sink()), new PrintStream(stderr, true, StandardCharsets.UTF_8),
        settings, new DockwrightLanguageServer.Options(debounce, "test"));
    toServer = Channels.newOutputStream(clientToServer.sink());
    fromServer = Channels.newInputStream(serverToClient.source());
    if (rawClient) {
      server = null;
      clientListening = null;
    } else {
      Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, fromServer, toServer);
      server = launcher.getRemoteProxy();
      clientListening = launcher.startListening();
    }
  }

  static LspHarness start() throws IOException {
    return start(WorkspaceSettingsProvider.defaults(), Duration.ofMillis(20));
  }

  static LspHarness start(WorkspaceSettingsProvider settings, Duration debounce) throws IOException {
    return new LspHarness(settings, debounce, false);
  }

  /** Only the pipes: the test writes and reads JSON-RPC frames itself. */
  static LspHarness raw() throws IOException {
    return new LspHarness(WorkspaceSettingsProvider.defaults(), Duration.ofMillis(20), true);
  }

  InitializeResult initialize() throws Exception {
    return initialize(capabilities(true, true));
  }

  InitializeResult initialize(ClientCapabilities caps) throws Exception {
    InitializeParams params = new InitializeParams();
    params.setProcessId((int) ProcessHandle.current().pid());
    params.setCapabilities(caps);
    InitializeResult result = server.initialize(params).get(WAIT.toSeconds(), TimeUnit.SECONDS);
    server.initialized(new InitializedParams());
    return result;
  }

  static ClientCapabilities capabilities(boolean documentChanges, boolean watchFiles) {
    ClientCapabilities caps = new ClientCapabilities();
    WorkspaceClientCapabilities ws = new WorkspaceClientCapabilities();
    WorkspaceEditCapabilities edit = new WorkspaceEditCapabilities();
    edit.setDocumentChanges(documentChanges);
    ws.setWorkspaceEdit(edit);
    ws.setDidChangeWatchedFiles(new DidChangeWatchedFilesCapabilities(watchFiles));
    caps.setWorkspace(ws);
    return caps;
  }

  /** Opens a document and returns its first diagnostics. */
  PublishDiagnosticsParams open(String uri, String text) throws InterruptedException {
    server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
        new TextDocumentItem(uri, "dockerfile", 1, text)));
    return awaitDiagnostics(uri, 1);
  }

  void change(String uri, int version, String text) {
    server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
        new VersionedTextDocumentIdentifier(uri, version), List.of(new TextDocumentContentChangeEvent(text))));
  }

  /** Waits for the diagnostics of this version of the document, skipping older ones. */
  PublishDiagnosticsParams awaitDiagnostics(String uri, int version) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      PublishDiagnosticsParams p = client.diagnostics.poll(100, TimeUnit.MILLISECONDS);
      if (p != null && p.getUri().equals(uri) && p.getVersion() != null && p.getVersion() == version) {
        return p;
      }
    }
    throw new AssertionError("no diagnostics for " + uri + " version " + version + "; stderr:\n" + stderr);
  }

  List<CodeAction> codeActions(String uri, Range range, List<String> only) throws Exception {
    CodeActionContext context = new CodeActionContext(List.of());
    context.setOnly(only);
    List<Either<Command, CodeAction>> actions = server.getTextDocumentService()
        .codeAction(new CodeActionParams(new TextDocumentIdentifier(uri), range, context))
        .get(WAIT.toSeconds(), TimeUnit.SECONDS);
    List<CodeAction> out = new ArrayList<>();
    for (Either<Command, CodeAction> a : actions) {
      assertThat(a.isRight()).as("code actions are literals").isTrue();
      out.add(a.getRight());
    }
    return out;
  }

  static CodeAction titled(List<CodeAction> actions, String title) {
    return actions.stream().filter(a -> a.getTitle().equals(title)).findFirst()
        .orElseThrow(() -> new AssertionError("no action '" + title + "' among " + actions.stream()
            .map(CodeAction::getTitle).toList()));
  }

  /** Applies a workspace edit for one document as an editor would; returns the new text. */
  static String apply(String text, WorkspaceEdit edit, String uri) {
    List<TextEdit> edits;
    if (edit.getDocumentChanges() != null) {
      TextDocumentEdit docEdit = edit.getDocumentChanges().get(0).getLeft();
      assertThat(docEdit.getTextDocument().getUri()).isEqualTo(uri);
      edits = docEdit.getEdits();
    } else {
      edits = edit.getChanges().get(uri);
    }
    return applyEdits(text, edits);
  }

  /** Applies non-overlapping edits (positions in the original text), last first, as editors do. */
  static String applyEdits(String text, List<TextEdit> edits) {
    List<TextEdit> sorted = new ArrayList<>(edits);
    sorted.sort(Comparator.comparingInt((TextEdit e) -> offset(text, e.getRange().getStart())).reversed());
    String out = text;
    for (TextEdit e : sorted) {
      int start = offset(text, e.getRange().getStart());
      int end = offset(text, e.getRange().getEnd());
      out = out.substring(0, start) + e.getNewText() + out.substring(end);
    }
    return out;
  }

  /** The offset of a position in a text with {@code \n} line ends (the client's own arithmetic, not the server's). */
  static int offset(String text, Position p) {
    int at = 0;
    for (int line = 0; line < p.getLine(); line++) {
      at = text.indexOf('\n', at) + 1;
      assertThat(at).as("line %d exists", line + 1).isPositive();
    }
    return at + p.getCharacter();
  }

  static Range range(int line, int character, int endLine, int endCharacter) {
    return new Range(new Position(line, character), new Position(endLine, endCharacter));
  }

  @Override
  public void close() throws IOException {
    session.close();
    if (clientListening != null) {
      clientListening.cancel(true);
    }
    toServer.close();
    fromServer.close();
  }
}
