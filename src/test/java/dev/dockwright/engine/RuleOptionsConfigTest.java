package dev.dockwright.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dockwright.config.ConfigLoader;
import dev.dockwright.config.DockwrightConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code rules:} in the config: checked against each rule's declared options, at the line of each mistake. */
class RuleOptionsConfigTest {
  @TempDir Path dir;
  private final RuleRegistry registry = RuleRegistry.standard();

  private ConfigRules rules(String yaml) throws IOException {
    Files.writeString(dir.resolve(".dockwright.yaml"), yaml);
    DockwrightConfig config = ConfigLoader.load(dir, Optional.empty(), false, Map.of());
    return ConfigRules.of(registry, config, s -> { });
  }

  @Test
  void optionsAreKeyedByRuleNameWhateverNameTheConfigUsesAndTyped() throws IOException {
    ConfigRules r = rules("rules:\n  DW4006:\n    allow-ranges: true\n  DL3008:\n    allow-ranges: 'yes'\n"
        + "  shellcheck:\n    exclude: SC2086, 2034\n    timeout-seconds: '30'\n    path: off\n");

    assertThat(r.options()).containsExactly(
        Map.entry("unpinned-pip-package", Map.of("allow-ranges", true)),
        Map.entry("unpinned-apt-package", Map.of("allow-ranges", true)),
        Map.entry("shellcheck", Map.of("exclude", List.of("SC2086", "2034"), "timeout-seconds", 30L, "path", "off")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      unknown rule           | rules:\\n  no-latest-tag:\\n    x: 1\\n                  | .dockwright.yaml:2:3: unknown rule 'no-latest-tag'; did you mean 'latest-tag'?
      rule without options   | rules:\\n  missing-container-env:\\n    value: docker\\n | .dockwright.yaml:3:5: unknown option 'value': missing-container-env (DW2007) has no options; delete it
      near miss              | rules:\\n  DW4006:\\n    allow-range: true\\n            | .dockwright.yaml:3:5: unknown option 'allow-range' for unpinned-pip-package (DW4006); did you mean 'allow-ranges'?
      far miss               | rules:\\n  shellcheck:\\n    color: true\\n             | .dockwright.yaml:3:5: unknown option 'color' for shellcheck (DW4033); use exclude, path, timeout-seconds
      not a boolean          | rules:\\n  DW4006:\\n    allow-ranges: maybe\\n          | .dockwright.yaml:3:19: option 'allow-ranges' of unpinned-pip-package must be true or false, not 'maybe'; write it as allow-ranges: true
      a list for a boolean   | rules:\\n  DW4006:\\n    allow-ranges: [true]\\n         | .dockwright.yaml:3:19: option 'allow-ranges' of unpinned-pip-package must be true or false, not a list; write it as allow-ranges: true
      zero seconds           | rules:\\n  shellcheck:\\n    timeout-seconds: 0\\n        | .dockwright.yaml:3:22: option 'timeout-seconds' of shellcheck must be a whole number of at least 1, not '0'; write it as timeout-seconds: 10
      not a ShellCheck code  | rules:\\n  shellcheck:\\n    exclude: [SC2086, quoting]\\n | .dockwright.yaml:3:14: option 'exclude' of shellcheck must be a list such as [SC2086, SC2034], or a string such as SC2086,SC2034, not a list with 'quoting' in it; write it as exclude: [SC2086, SC2034]
      set twice by two names | rules:\\n  DW4006:\\n    allow-ranges: true\\n  unpinned-pip-package:\\n    allow-ranges: false\\n | .dockwright.yaml:5:5: option 'allow-ranges' of unpinned-pip-package is already set at .dockwright.yaml:3:5; keep one of the two
      """)
  void mistakesAreErrorsAtTheirPosition(String what, String yaml, String message) {
    assertThatThrownBy(() -> rules(yaml.strip().replace("\\n", "\n") + "\n"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage(message.strip());
  }
}
