package dev.dockwright.lsp;

import dev.dockwright.engine.FileResult;
import dev.dockwright.engine.Linter;
import dev.dockwright.parser.DockerfileReader;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.MessageType;

/**
 * Lints a document's text with the linter its settings give, falling back to defaults when they are broken.
 * A document over {@value #MAX_CHARACTERS} characters is not linted (its diagnostics are cleared and the user
 * told why): no real Dockerfile is that large, and linting one could take the server's memory and minutes.
 */
final class Analyzer {
  /** The largest document the server lints: 1 MiB of text. */
  static final int MAX_CHARACTERS = 1 << 20;

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
    if (text.length() > MAX_CHARACTERS) {
      String display = DocumentPaths.display(uri);
      log.showOnce(MessageType.Warning, "dockwright: " + display + " is " + text.length() + " characters long, more"
          + " than the language server lints (" + MAX_CHARACTERS + "); run dockwright lint on it instead");
      return new Analysis(uri, version, text, new LineMap(text), linter,
          new FileResult(display, DockerfileReader.parse(""), List.of()));
    }
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
