package dev.dockwright.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code DOCKWRIGHT_*} variables over a config file that sets every one of them. */
class EnvironmentOverridesTest {
  private static final String FILE = """
      select: [file-select]
      ignore: [file-ignore]
      failure-threshold: warning
      trusted-registries: [file.example]
      systemd: {cgroup: v1}
      """;

  @TempDir
  Path tmp;

  static Stream<Arguments> overrides() {
    Function<DockwrightConfig, Object> select = DockwrightConfig::select;
    Function<DockwrightConfig, Object> ignore = DockwrightConfig::ignore;
    Function<DockwrightConfig, Object> threshold = DockwrightConfig::failureThreshold;
    Function<DockwrightConfig, Object> registries = DockwrightConfig::trustedRegistries;
    Function<DockwrightConfig, Object> cgroup = DockwrightConfig::systemdCgroup;
    return Stream.of(
        arguments(Map.of(), select, List.of("file-select")),
        arguments(Map.of("DOCKWRIGHT_SELECT", "DL3008,systemd"), select, List.of("DL3008", "systemd")),
        arguments(Map.of("DOCKWRIGHT_IGNORE", "DL3008"), ignore, List.of("DL3008")),
        arguments(Map.of("DOCKWRIGHT_IGNORE", " DL3008, DL3009  no-latest-tag,, "), ignore,
            List.of("DL3008", "DL3009", "no-latest-tag")),
        arguments(Map.of("DOCKWRIGHT_IGNORE", ""), ignore, List.of("file-ignore")),
        arguments(Map.of("DOCKWRIGHT_IGNORE", " , "), ignore, List.of("file-ignore")),
        arguments(Map.of("DOCKWRIGHT_FAILURE_THRESHOLD", "ERROR"), threshold, Optional.of("error")),
        arguments(Map.of("DOCKWRIGHT_FAILURE_THRESHOLD", "none"), threshold, Optional.of("none")),
        arguments(Map.of("DOCKWRIGHT_FAILURE_THRESHOLD", "  "), threshold, Optional.of("warning")),
        arguments(Map.of("DOCKWRIGHT_TRUSTED_REGISTRIES", "docker.io,ghcr.io"), registries,
            List.of("docker.io", "ghcr.io")),
        arguments(Map.of("DOCKWRIGHT_SYSTEMD_CGROUP", "v2"), cgroup, Optional.of("v2")),
        arguments(Map.of("DOCKWRIGHT_SYSTEMD_CGROUP", "Auto"), cgroup, Optional.of("auto")),
        arguments(Map.of("DOCKWRIGHT_NO_COLOR", "1", "DOCKWRIGHT_SELEKT", "x"), select, List.of("file-select")));
  }

  @ParameterizedTest
  @MethodSource("overrides")
  void variableReplacesFileValue(Map<String, String> env, Function<DockwrightConfig, Object> field, Object expected) {
    DockwrightConfig config = Repo.in(tmp).file(".dockwright.yaml", FILE).load(".", env);

    assertThat(field.apply(config)).isEqualTo(expected);
  }

  @Test
  void untouchedByOtherVariables() {
    Repo repo = Repo.in(tmp).file(".dockwright.yaml", FILE);

    assertThat(repo.load(".", Map.of("PATH", "/bin", "DOCKWRIGHT_NO_COLOR", "1"))).isEqualTo(repo.load());
  }

  @Test
  void originOfARuleFromTheEnvironmentIsTheVariable() {
    DockwrightConfig config = Repo.in(tmp).file(".dockwright.yaml", FILE)
        .load(".", Map.of("DOCKWRIGHT_IGNORE", "DL3008", "DOCKWRIGHT_SELECT", "file-ignore"));

    assertThat(config.originOf("DL3008")).contains("DOCKWRIGHT_IGNORE");
    assertThat(config.originOf("file-ignore")).contains("DOCKWRIGHT_SELECT");
    assertThat(config.originOf("file-select")).contains(".dockwright.yaml:1:10");
  }

  @Test
  void appliesWithoutAConfigFile() {
    DockwrightConfig config = Repo.in(tmp).load(".", Map.of("DOCKWRIGHT_IGNORE", "DL3008"));

    assertThat(config.ignore()).containsExactly("DL3008");
    assertThat(config.source()).isEmpty();
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        arguments("DOCKWRIGHT_FAILURE_THRESHOLD", "loud",
            "DOCKWRIGHT_FAILURE_THRESHOLD: 'loud' is not a failure threshold; use error, warning, info, style or none"),
        arguments("DOCKWRIGHT_FAILURE_THRESHOLD", "off",
            "DOCKWRIGHT_FAILURE_THRESHOLD: 'off' is not a failure threshold; use error, warning, info, style or none"),
        arguments("DOCKWRIGHT_SYSTEMD_CGROUP", "v3",
            "DOCKWRIGHT_SYSTEMD_CGROUP: 'v3' is not a cgroup version; use v1, v2 or auto"),
        arguments("DOCKWRIGHT_CONFIG", "nowhere.yaml",
            "nowhere.yaml: no such file; check the path given by DOCKWRIGHT_CONFIG"));
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void invalidValueNamesTheVariable(String variable, String value, String message) {
    Repo repo = Repo.in(tmp);

    assertThatThrownBy(() -> repo.load(".", Map.of(variable, value)))
        .isInstanceOf(ConfigException.class).hasMessage(message);
  }
}
