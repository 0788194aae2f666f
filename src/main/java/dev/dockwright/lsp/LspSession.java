package dev.dockwright.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageIssueException;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * The server connected to a client over a pair of streams (standard input and output for
 * {@code dockwright lsp}). Incoming messages are validated, so a request with missing or mistyped
 * parameters gets an {@code InvalidParams} error, and nothing a client sends can stop the message loop.
 */
public final class LspSession implements AutoCloseable {
  private final DockwrightLanguageServer server;
  private final Future<Void> listening;

  private LspSession(DockwrightLanguageServer server, Future<Void> listening) {
    this.server = server;
    this.listening = listening;
  }

  public static LspSession start(InputStream in, OutputStream out, PrintStream stderr,
      WorkspaceSettingsProvider settings, DockwrightLanguageServer.Options options) {
    ServerLog log = new ServerLog(stderr);
    DockwrightLanguageServer server = new DockwrightLanguageServer(settings, options, log);
    Launcher<LanguageClient> launcher = new LSPLauncher.Builder<LanguageClient>()
        .setLocalService(server)
        .setRemoteInterface(LanguageClient.class)
        .setInput(in)
        .setOutput(out)
        .validateMessages(true)
        .setExceptionHandler(t -> toResponseError(log, t))
        .wrapMessages(consumer -> survive(log, consumer))
        .create();
    server.connect(launcher.getRemoteProxy());
    return new LspSession(server, launcher.startListening());
  }

  /** Waits until the client sends {@code exit} or closes the stream; the process exit code. */
  public int awaitExit() throws InterruptedException {
    CompletableFuture<Integer> exit = server.exitCode();
    CompletableFuture<Void> ended = CompletableFuture.runAsync(() -> {
      try {
        listening.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (ExecutionException | CancellationException e) {
        // the stream closed or broke: the client is gone
      }
    });
    CompletableFuture.anyOf(exit, ended).join();
    if (exit.isDone()) {
      return exit.join();
    }
    return server.wasShutDown() ? 0 : 1;
  }

  public DockwrightLanguageServer server() {
    return server;
  }

  @Override
  public void close() {
    listening.cancel(true);
    server.exit();
  }

  private static ResponseError toResponseError(ServerLog log, Throwable t) {
    Throwable cause = t;
    while ((cause instanceof java.util.concurrent.CompletionException
        || cause instanceof java.lang.reflect.InvocationTargetException) && cause.getCause() != null) {
      cause = cause.getCause();
    }
    if (cause instanceof ResponseErrorException e) {
      return e.getResponseError();
    }
    log.error("internal error", cause);
    return new ResponseError(ResponseErrorCode.InternalError, "dockwright internal error: " + cause, null);
  }

  /**
   * A message whose handling throws is logged and dropped; the loop reads the next one. Validation issues
   * pass through: LSP4J answers them with {@code InvalidParams}.
   */
  private static MessageConsumer survive(ServerLog log, MessageConsumer consumer) {
    return message -> {
      try {
        consumer.consume(message);
      } catch (MessageIssueException e) {
        throw e;
      } catch (RuntimeException | StackOverflowError e) {
        log.error("cannot handle " + describe(message), e);
      }
    };
  }

  private static String describe(org.eclipse.lsp4j.jsonrpc.messages.Message message) {
    String text = String.valueOf(message);
    return text.length() > 200 ? text.substring(0, 200) + "..." : text;
  }
}
