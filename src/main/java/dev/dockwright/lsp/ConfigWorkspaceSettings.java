package dev.dockwright.lsp;

import dev.dockwright.config.ConfigLoader;
import dev.dockwright.config.DockwrightConfig;
import dev.dockwright.engine.ConfigRules;
import dev.dockwright.engine.Linter;
import dev.dockwright.engine.RuleRegistry;
import dev.dockwright.engine.RuleSelection;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Settings from the workspace's {@code .dockwright.yaml} (or {@code .hadolint.yaml}), found the way the
 * command line finds it: in the document's directory or the nearest parent up to the repository root. One
 * linter per directory, forgotten when a config file changes.
 */
final class ConfigWorkspaceSettings implements WorkspaceSettingsProvider {
  private final Map<Path, Linter> byDirectory = new ConcurrentHashMap<>();
  private final Map<String, String> env;

  ConfigWorkspaceSettings(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  @Override
  public Linter linterFor(URI document) {
    if (!"file".equals(document.getScheme())) {
      return WorkspaceSettingsProvider.defaults().linterFor(document);
    }
    Path dir = Path.of(document).getParent();
    return byDirectory.computeIfAbsent(dir, this::load);
  }

  private Linter load(Path dir) {
    DockwrightConfig config = ConfigLoader.load(dir, Optional.empty(), false, env);
    RuleRegistry registry = RuleRegistry.standard();
    ConfigRules fromConfig = ConfigRules.of(registry, config, skipped -> { });
    RuleSelection.Builder b = RuleSelection.builder(registry).select(fromConfig.select()).ignore(fromConfig.ignore());
    fromConfig.severity().forEach(b::override);
    return new Linter(registry, b.build(), config.toSettings().withRuleOptions(fromConfig.options()),
        !config.disableIgnorePragma(), t -> { });
  }

  @Override
  public void reload(List<URI> changedConfigFiles) {
    byDirectory.clear();
  }

  @Override
  public List<String> configFileGlobs() {
    return List.of("**/.dockwright.yaml", "**/.dockwright.yml", "**/.hadolint.yaml", "**/.hadolint.yml");
  }

  @Override
  public boolean isConfigFile(URI file) {
    String path = file.getPath() == null ? file.toString() : file.getPath();
    String name = path.substring(path.lastIndexOf('/') + 1);
    return name.equals(".dockwright.yaml") || name.equals(".dockwright.yml") || name.equals(".hadolint.yaml")
        || name.equals(".hadolint.yml");
  }

  static WorkspaceSettingsProvider fromEnvironment() {
    return new ConfigWorkspaceSettings(System.getenv());
  }
}
