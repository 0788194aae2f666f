package dev.dockwright.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compat: hadolint}: from the config, the environment, or implied by reading a {@code .hadolint.yaml}. */
class CompatConfigTest {
  @TempDir Path dir;

  private DockwrightConfig load(String name, String yaml, Map<String, String> env) throws IOException {
    Files.writeString(dir.resolve(name), yaml);
    return ConfigLoader.load(dir, Optional.empty(), false, env);
  }

  @Test
  void offByDefaultOnWhenTheConfigSaysSo() throws IOException {
    assertThat(DockwrightConfig.empty().toSettings().hadolintCompat()).isFalse();
    assertThat(load(".dockwright.yaml", "compat: hadolint\n", Map.of()).toSettings().hadolintCompat()).isTrue();
    assertThat(load(".dockwright.yaml", "compat: None\n", Map.of()).toSettings().hadolintCompat()).isFalse();
  }

  @Test
  void aHadolintConfigImpliesItUnlessTheEnvironmentSaysNone() throws IOException {
    assertThat(load(".hadolint.yaml", "ignored: [DL3008]\n", Map.of()).toSettings().hadolintCompat()).isTrue();
    assertThat(load(".hadolint.yaml", "ignored: [DL3008]\n", Map.of("DOCKWRIGHT_COMPAT", "none")).toSettings()
        .hadolintCompat()).isFalse();
  }

  @Test
  void theEnvironmentTurnsItOn() throws IOException {
    assertThat(load(".dockwright.yaml", "ignore: [DL3008]\n", Map.of("DOCKWRIGHT_COMPAT", "hadolint")).toSettings()
        .hadolintCompat()).isTrue();
  }

  @Test
  void anUnknownValueIsAnErrorAtItsPosition() {
    assertThatThrownBy(() -> load(".dockwright.yaml", "ignore: []\ncompat: hadolnt\n", Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessage(".dockwright.yaml:2:9: 'hadolnt' is not a compatibility mode; use hadolint or none");
    assertThatThrownBy(() -> load(".dockwright.yaml", "", Map.of("DOCKWRIGHT_COMPAT", "yes")))
        .isInstanceOf(ConfigException.class)
        .hasMessage("DOCKWRIGHT_COMPAT: 'yes' is not a compatibility mode; use hadolint or none");
  }

  @Test
  void aHadolintConfigCannotSayIt() {
    assertThatThrownBy(() -> load(".hadolint.yaml", "ignored: []\ncompat: hadolint\n", Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessage(".hadolint.yaml:2:1: 'compat' is a dockwright key, not a hadolint one; delete it: reading a"
            + " .hadolint.yaml already gives hadolint's verdicts");
  }
}
