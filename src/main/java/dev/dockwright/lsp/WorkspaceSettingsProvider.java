package dev.dockwright.lsp;

import dev.dockwright.engine.Linter;
import dev.dockwright.engine.RuleRegistry;
import dev.dockwright.engine.RuleSelection;
import dev.dockwright.rule.Settings;
import java.net.URI;
import java.util.List;

/**
 * Where the language server gets its settings: the one seam between the server and the configuration
 * files. The server asks for a {@link Linter} each time it lints a document, and calls {@link #reload}
 * when the client reports that a file matching {@link #configFileGlobs()} changed, then lints every open
 * document again. Implementations cache as they see fit and must be thread-safe.
 */
public interface WorkspaceSettingsProvider {

  /**
   * The linter for one document.
   *
   * @throws RuntimeException when the settings cannot be read (a config file with a mistake): its message,
   *     one line naming what to change, is shown to the user and the document is linted with defaults
   */
  Linter linterFor(URI document);

  /** Config files have changed (created, edited or deleted): forget what was read from them. */
  void reload(List<URI> changedConfigFiles);

  /** The workspace folders the client opened; called once, before any document is linted. */
  default void workspaceFolders(List<URI> folders) {}

  /** Glob patterns of the files whose changes call {@link #reload}; the server asks the client to watch them. */
  default List<String> configFileGlobs() {
    return List.of("**/.dockwright.yaml", "**/.dockwright.yml");
  }

  /** Whether a changed file is one of the config files (what {@link #configFileGlobs()} matches). */
  default boolean isConfigFile(URI file) {
    String path = file.getPath() == null ? file.toString() : file.getPath();
    String name = path.substring(path.lastIndexOf('/') + 1);
    return name.equals(".dockwright.yaml") || name.equals(".dockwright.yml");
  }

  /** Every document linted with the default rules and {@link Settings#defaults()}; nothing to reload. */
  static WorkspaceSettingsProvider defaults() {
    return fixed(new Linter(RuleRegistry.standard(), RuleSelection.defaults(RuleRegistry.standard()),
        Settings.defaults(), true, t -> { }));
  }

  /** Every document linted by the same linter. */
  static WorkspaceSettingsProvider fixed(Linter linter) {
    return new WorkspaceSettingsProvider() {
      @Override
      public Linter linterFor(URI document) {
        return linter;
      }

      @Override
      public void reload(List<URI> changedConfigFiles) {}
    };
  }
}
