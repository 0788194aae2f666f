package dev.dockwright.lsp;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * The server's log: standard error always (standard output carries the protocol), and the client's
 * output panel through {@code window/logMessage} once a client is connected.
 */
final class ServerLog {
  private final PrintStream stderr;
  private volatile LanguageClient client;
  private final Set<String> shown = ConcurrentHashMap.newKeySet();

  ServerLog(PrintStream stderr) {
    this.stderr = stderr;
  }

  void connect(LanguageClient client) {
    this.client = client;
  }

  void info(String message) {
    send(MessageType.Info, message);
  }

  void warn(String message) {
    send(MessageType.Warning, message);
  }

  void error(String message, Throwable t) {
    StringWriter trace = new StringWriter();
    if (t != null) {
      t.printStackTrace(new PrintWriter(trace));
    }
    send(MessageType.Error, t == null ? message : message + ": " + t + "\n" + trace);
  }

  /** A message the user should see ({@code window/showMessage}), once until {@link #forgetShown()}. */
  void showOnce(MessageType type, String message) {
    send(type, message);
    LanguageClient c = client;
    if (c != null && shown.add(message)) {
      try {
        c.showMessage(new MessageParams(type, message));
      } catch (RuntimeException e) {
        stderr.println("dockwright lsp: cannot reach the client: " + e);
      }
    }
  }

  void forgetShown() {
    shown.clear();
  }

  private void send(MessageType type, String message) {
    stderr.println("dockwright lsp: " + type.name().toLowerCase(java.util.Locale.ROOT) + ": " + message);
    LanguageClient c = client;
    if (c != null) {
      try {
        c.logMessage(new MessageParams(type, message));
      } catch (RuntimeException e) {
        stderr.println("dockwright lsp: cannot reach the client: " + e);
      }
    }
  }
}
