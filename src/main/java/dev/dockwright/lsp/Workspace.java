package dev.dockwright.lsp;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.services.WorkspaceService;

/** {@code workspace/*}: a changed config file reloads the settings and re-lints every open document. */
final class Workspace implements WorkspaceService {
  private final DockwrightLanguageServer server;

  Workspace(DockwrightLanguageServer server) {
    this.server = server;
  }

  @Override
  public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
    server.guard("workspace/didChangeWatchedFiles", () -> {
      List<URI> configs = new ArrayList<>();
      for (FileEvent e : params.getChanges() == null ? List.<FileEvent>of() : params.getChanges()) {
        if (e == null) {
          continue;
        }
        DocumentPaths.parse(e.getUri()).filter(server.settings()::isConfigFile).ifPresent(configs::add);
      }
      if (configs.isEmpty()) {
        return;
      }
      server.log().info("config changed (" + configs + "): reloading the settings");
      server.log().forgetShown();
      server.settings().reload(configs);
      server.relintAll();
    });
  }

  /** dockwright reads its settings from .dockwright.yaml, not from the editor: whatever the client sends is unused. */
  @Override
  public void didChangeConfiguration(DidChangeConfigurationParams params) {
    server.guard("workspace/didChangeConfiguration", () -> server.log().info(EDITOR_SETTINGS_UNUSED));
  }

  static final String EDITOR_SETTINGS_UNUSED = "editor settings are not used (workspace/didChangeConfiguration):"
      + " dockwright reads .dockwright.yaml or .hadolint.yaml, found as the command line finds it";
}
