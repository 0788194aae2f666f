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

  @Override
  public void didChangeConfiguration(DidChangeConfigurationParams params) {
    // dockwright reads its settings from .dockwright.yaml, not from the editor's settings.
  }
}
