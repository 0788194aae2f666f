package dev.dockwright.config;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The config loader over fuzzed YAML bytes: a config or a {@link ConfigException} (the one-line message the
 * CLI prints), never another exception. Inputs: {@code ConfigFuzzTestInputs/configLoader/}.
 */
class ConfigFuzzTest {
  private static final Path SOURCE = Path.of("/nonexistent/dockwright-fuzz/.dockwright.yaml");

  @FuzzTest
  void configLoader(FuzzedDataProvider data) {
    int kind = data.consumeInt(0, 2);
    Optional<DockwrightConfig.Format> format = kind == 0 ? Optional.empty()
        : Optional.of(kind == 1 ? DockwrightConfig.Format.DOCKWRIGHT : DockwrightConfig.Format.HADOLINT);
    byte[] bytes = data.consumeRemainingAsBytes();
    try {
      String text = ConfigLoader.decodeUtf8(bytes, ".dockwright.yaml");
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      ConfigParser.parse(text, SOURCE, ".dockwright.yaml", format);
    } catch (ConfigException e) {
      if (e.getMessage().isBlank() || e.getMessage().contains("\n")) {
        throw new AssertionError("not a one-line message: " + e.getMessage(), e);
      }
    }
  }
}
