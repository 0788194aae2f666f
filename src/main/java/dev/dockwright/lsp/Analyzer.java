package dev.dockwright.lsp;

import dev.dockwright.engine.FileResult;
import dev.dockwright.engine.Linter;
import java.net.URI;
import java.util.Optional;
import org.eclipse.lsp4j.MessageType;

/** Lints a document's text with the linter its settings give, falling back to defaults when they are broken. */
final class Analyzer {
  private final WorkspaceSettingsProvider settings;
  private final ServerLog log;
  private final Linter fallback;

  Analyzer(WorkspaceSettingsProvider settings, ServerLog log) {
    this.settings = settings;
    this.log = log;
    this.fallback = Linter.defaults();
  }

  Analysis analyze(String uri, int version, String text) {
    Linter linter = linterFor(uri);
    FileResult result = linter.lintText(DocumentPaths.display(uri), text);
    return new Analysis(uri, version, text, new LineMap(text), linter, result);
  }

  Linter linterFor(String uri) {
    Optional<URI> parsed = DocumentPaths.parse(uri);
    if (parsed.isEmpty()) {
      return fallback;
    }
    try {
      return settings.linterFor(parsed.get());
    } catch (RuntimeException e) {
      String message = e.getMessage() == null ? e.toString() : e.getMessage();
      log.showOnce(MessageType.Error, "dockwright: " + message + " (linting with the default settings until it is"
          + " fixed)");
      return fallback;
    }
  }
}
