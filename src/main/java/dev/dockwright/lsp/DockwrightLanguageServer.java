package dev.dockwright.lsp;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.PositionEncodingKind;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * dockwright's language server: full-document sync, diagnostics on open/change/save, quick fixes,
 * {@value CodeActions#FIX_ALL}, hover with the rule page, settings from a {@link WorkspaceSettingsProvider}.
 * Start it with {@link LspSession#start}.
 */
public final class DockwrightLanguageServer implements LanguageServer, LanguageClientAware {
  /** @param debounce how long a change must stay quiet before it is linted */
  public record Options(Duration debounce, String version) {
    public static final Duration DEFAULT_DEBOUNCE = Duration.ofMillis(150);

    public static Options defaults(String version) {
      return new Options(DEFAULT_DEBOUNCE, version);
    }
  }

  static final String INITIALIZATION_OPTIONS_UNUSED = "initializationOptions are not used: dockwright reads"
      + " .dockwright.yaml or .hadolint.yaml, found as the command line finds it";

  private final WorkspaceSettingsProvider settings;
  private final Options options;
  private final ServerLog log;
  private final Map<String, OpenDocument> documents = new ConcurrentHashMap<>();
  private final Analyzer analyzer;
  private final DiagnosticsScheduler scheduler;
  private final ExecutorService requests;
  private final DocumentService documentService;
  private final Workspace workspaceService;
  private final CompletableFuture<Integer> exitCode = new CompletableFuture<>();
  private volatile LanguageClient client;
  private volatile ClientCapabilities capabilities = new ClientCapabilities();
  private volatile CodeActions codeActions = new CodeActions(false);
  private volatile boolean initialized;
  private volatile boolean shutdown;

  DockwrightLanguageServer(WorkspaceSettingsProvider settings, Options options, ServerLog log) {
    this.settings = settings;
    this.options = options;
    this.log = log;
    this.analyzer = new Analyzer(settings, log);
    this.scheduler = new DiagnosticsScheduler(analyzer, this::publish, log, options.debounce());
    this.requests = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "dockwright-requests");
      t.setDaemon(true);
      return t;
    });
    this.documentService = new DocumentService(this);
    this.workspaceService = new Workspace(this);
  }

  @Override
  public void connect(LanguageClient client) {
    this.client = client;
    log.connect(client);
  }

  @Override
  public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
    if (shutdown) {
      throw invalidRequest("the server is shut down");
    }
    if (params.getCapabilities() != null) {
      capabilities = params.getCapabilities();
    }
    codeActions = new CodeActions(supportsVersionedEdits(capabilities));
    if (params.getInitializationOptions() != null) {
      log.info(INITIALIZATION_OPTIONS_UNUSED);
    }
    settings.workspaceFolders(workspaceFolders(params));
    initialized = true;

    ServerCapabilities caps = new ServerCapabilities();
    TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
    sync.setOpenClose(true);
    sync.setChange(TextDocumentSyncKind.Full);
    sync.setSave(new SaveOptions(false));
    caps.setTextDocumentSync(sync);
    caps.setPositionEncoding(PositionEncodingKind.UTF16);
    caps.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix, CodeActions.FIX_ALL)));
    caps.setHoverProvider(true);
    return CompletableFuture.completedFuture(new InitializeResult(caps, new ServerInfo("dockwright",
        options.version())));
  }

  @Override
  public void initialized(InitializedParams params) {
    guard("initialized", () -> {
      log.info("dockwright " + options.version() + " language server ready");
      var watched = capabilities.getWorkspace() == null ? null
          : capabilities.getWorkspace().getDidChangeWatchedFiles();
      if (client != null && watched != null && Boolean.TRUE.equals(watched.getDynamicRegistration())) {
        List<FileSystemWatcher> watchers = new ArrayList<>();
        for (String glob : settings.configFileGlobs()) {
          watchers.add(new FileSystemWatcher(Either.forLeft(glob)));
        }
        client.registerCapability(new RegistrationParams(List.of(new Registration("dockwright-config-files",
            "workspace/didChangeWatchedFiles", new DidChangeWatchedFilesRegistrationOptions(watchers)))))
            .exceptionally(t -> {
              log.warn("the client did not watch the config files: " + t);
              return null;
            });
      } else {
        log.info("the client cannot watch files for us: changes to the config files are read when the client"
            + " reports them with workspace/didChangeWatchedFiles");
      }
    });
  }

  @Override
  public CompletableFuture<Object> shutdown() {
    shutdown = true;
    documents.values().forEach(OpenDocument::close);
    scheduler.close();
    requests.shutdown();
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void exit() {
    scheduler.close();
    requests.shutdownNow();
    exitCode.complete(shutdown ? 0 : 1);
  }

  /** Completes with the process exit code when the client sends {@code exit}: 0 after {@code shutdown}, else 1. */
  public CompletableFuture<Integer> exitCode() {
    return exitCode;
  }

  boolean wasShutDown() {
    return shutdown;
  }

  @Override
  public TextDocumentService getTextDocumentService() {
    return documentService;
  }

  @Override
  public WorkspaceService getWorkspaceService() {
    return workspaceService;
  }

  // ---- shared with the services

  ServerLog log() {
    return log;
  }

  Map<String, OpenDocument> documents() {
    return documents;
  }

  DiagnosticsScheduler scheduler() {
    return scheduler;
  }

  Analyzer analyzer() {
    return analyzer;
  }

  CodeActions codeActions() {
    return codeActions;
  }

  WorkspaceSettingsProvider settings() {
    return settings;
  }

  void publish(PublishDiagnosticsParams params) {
    LanguageClient c = client;
    if (c != null && !shutdown) {
      c.publishDiagnostics(params);
    }
  }

  /** The current analysis of an open document: the published one when it is of the current text, else a fresh one. */
  Optional<Analysis> analysis(String uri) {
    OpenDocument doc = uri == null ? null : documents.get(uri);
    if (doc == null) {
      return Optional.empty();
    }
    Analysis current = doc.currentAnalysis();
    if (current != null) {
      return Optional.of(current);
    }
    OpenDocument.Snapshot s = doc.snapshot();
    return Optional.of(analyzer.analyze(s.uri(), s.version(), s.text()));
  }

  /** Runs a request off the protocol thread; state errors answer at once, as the protocol asks. */
  <T> CompletableFuture<T> request(String method, Supplier<T> body) {
    if (!initialized) {
      throw new ResponseErrorException(new ResponseError(ResponseErrorCode.ServerNotInitialized,
          "initialize first", null));
    }
    if (shutdown) {
      throw invalidRequest("the server is shut down: only 'exit' is accepted");
    }
    return CompletableFuture.supplyAsync(() -> {
      try {
        return body.get();
      } catch (ResponseErrorException e) {
        throw e;
      } catch (RuntimeException | StackOverflowError e) {
        log.error(method + " failed", e);
        throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InternalError,
            method + " failed: " + e, null));
      }
    }, requests);
  }

  /** Runs a notification handler so that no input can take the server down. */
  void guard(String method, Runnable body) {
    try {
      body.run();
    } catch (RuntimeException | StackOverflowError e) {
      log.error(method + " failed", e);
    }
  }

  void relintAll() {
    for (OpenDocument doc : documents.values()) {
      scheduler.now(doc);
    }
  }

  static ResponseErrorException invalidRequest(String message) {
    return new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidRequest, message, null));
  }

  static ResponseErrorException invalidParams(String message) {
    return new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, message, null));
  }

  private static boolean supportsVersionedEdits(ClientCapabilities caps) {
    return caps.getWorkspace() != null && caps.getWorkspace().getWorkspaceEdit() != null
        && Boolean.TRUE.equals(caps.getWorkspace().getWorkspaceEdit().getDocumentChanges());
  }

  @SuppressWarnings("deprecation")
  private static List<URI> workspaceFolders(InitializeParams params) {
    List<URI> out = new ArrayList<>();
    Collection<WorkspaceFolder> folders = params.getWorkspaceFolders();
    if (folders != null) {
      for (WorkspaceFolder f : folders) {
        DocumentPaths.parse(f.getUri()).ifPresent(out::add);
      }
    } else if (params.getRootUri() != null) {
      DocumentPaths.parse(params.getRootUri()).ifPresent(out::add);
    }
    return out;
  }
}
