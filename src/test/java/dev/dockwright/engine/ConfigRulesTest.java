package dev.dockwright.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dockwright.config.ConfigLoader;
import dev.dockwright.config.DockwrightConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One reading of a config's rule lists, shared by the command line and the language server. */
class ConfigRulesTest {
  @TempDir Path dir;
  private final RuleRegistry registry = RuleRegistry.standard();
  private final List<String> skipped = new ArrayList<>();

  private DockwrightConfig config(String name, String yaml) throws IOException {
    Files.writeString(dir.resolve(name), yaml);
    return ConfigLoader.load(dir, Optional.empty(), false, Map.of());
  }

  @Test
  void shellCheckCodesAreIgnoredOneByOneAndRulesByAnyName() throws IOException {
    ConfigRules r = ConfigRules.of(registry, config(".dockwright.yaml",
        "select: [DW3, systemd]\nignore: [SC2086, DL3008, legacy-key-value-format]\nseverity:\n  DL3007: error\n"),
        skipped::add);

    assertThat(r.select()).containsExactly("DW3", "systemd");
    assertThat(r.ignore()).containsExactly("DL3008", "legacy-key-value-format", "SC2086");
    assertThat(r.severity()).containsExactly(Map.entry("DL3007", "error"));
    assertThat(skipped).isEmpty();
  }

  @Test
  void anUnknownCodeInADockwrightConfigIsAnErrorAtItsLine() throws IOException {
    DockwrightConfig c = config(".dockwright.yaml", "ignore:\n  - DL3008\n  - maintainer-deprecate\n");

    assertThatThrownBy(() -> ConfigRules.of(registry, c, skipped::add)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage(".dockwright.yaml:3:5: unknown rule 'maintainer-deprecate'; did you mean 'maintainer-deprecated'?");
  }

  @Test
  void anUnknownCodeInAHadolintConfigIsSkippedWithANote() throws IOException {
    ConfigRules r = ConfigRules.of(registry, config(".hadolint.yaml", "ignored:\n  - DL3008\n  - DL9999\n  - SC2086\n"),
        skipped::add);

    assertThat(r.ignore()).containsExactly("DL3008", "SC2086");
    assertThat(skipped).containsExactly(".hadolint.yaml:3:5: skipping 'DL9999': no dockwright rule has this code");
  }
}
