package dev.dockwright.lsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor reads the same config files as the command line, and re-reads them on change. */
class ConfigWorkspaceSettingsTest {
  private static List<String> ruleIds(WorkspaceSettingsProvider p, URI doc) {
    return p.linterFor(doc).lintText("Dockerfile", "FROM alpine\nMAINTAINER x\nENV A b\n").activeFindings()
        .stream().map(f -> f.rule().id()).toList();
  }

  @Test
  void readsTheNearestConfigAndReloads(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve(".git"));
    Files.createDirectories(dir.resolve("svc"));
    URI doc = dir.resolve("svc/Dockerfile").toUri();
    ConfigWorkspaceSettings provider = new ConfigWorkspaceSettings(Map.of());
    assertThat(ruleIds(provider, doc)).contains("DW3000", "DW3001");

    Files.writeString(dir.resolve(".dockwright.yaml"), "ignore: [maintainer-deprecated]\n");
    assertThat(ruleIds(provider, doc)).as("cached until reload").contains("DW3000");
    provider.reload(List.of(dir.resolve(".dockwright.yaml").toUri()));
    assertThat(ruleIds(provider, doc)).doesNotContain("DW3000").contains("DW3001");

    Files.writeString(dir.resolve(".dockwright.yaml"), "ignore: [maintainer-deprecate]\n");
    provider.reload(List.of());
    assertThatThrownBy(() -> provider.linterFor(doc)).hasMessageEndingWith(
        "unknown rule 'maintainer-deprecate'; did you mean 'maintainer-deprecated'?");
    assertThat(provider.isConfigFile(dir.resolve(".hadolint.yaml").toUri())).isTrue();
  }
}
