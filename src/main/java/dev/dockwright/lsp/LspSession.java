package dev.dockwright.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
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
  /** LSP4J's own logging (java.util.logging): held here, since the JDK keeps loggers only weakly. */
  private static final Logger LSP4J = Logger.getLogger("org.eclipse.lsp4j");

  private final DockwrightLanguageServer server;
  private final Future<Void> listening;
  private final Handler lsp4jLog;

  private LspSession(DockwrightLanguageServer server, Future<Void> listening, Handler lsp4jLog) {
    this.server = server;
    this.listening = listening;
    this.lsp4jLog = lsp4jLog;
  }

  /**
   * LSP4J logs a message it cannot read (mistyped parameters of a notification, say) with the exception's whole
   * stack trace through the JDK's console handler. Here each becomes one line on standard error, like the
   * server's own log; the client already got its error response where the protocol has one.
   */
  private static Handler oneLineLog(PrintStream stderr) {
    Handler h = new Handler() {
      @Override
      public void publish(LogRecord r) {
        if (r.getLevel().intValue() < Level.WARNING.intValue()) {
          return;
        }
        Throwable cause = r.getThrown();
        while (cause != null && cause.getCause() != null && cause.getCause() != cause) {
          cause = cause.getCause();
        }
        String message = new SimpleFormatter().formatMessage(r) + (cause == null ? "" : ": " + cause);
        stderr.println("dockwright lsp: lsp4j: " + message.replaceAll("\\s*\\R\\s*", " "));
      }

      @Override
      public void flush() {
        stderr.flush();
      }

      @Override
      public void close() {
      }
    };
    LSP4J.setUseParentHandlers(false);
    LSP4J.addHandler(h);
    return h;
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
    Handler lsp4jLog = oneLineLog(stderr);
    return new LspSession(server, launcher.startListening(), lsp4jLog);
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
    LSP4J.removeHandler(lsp4jLog);
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
