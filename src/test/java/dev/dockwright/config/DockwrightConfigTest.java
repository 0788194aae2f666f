package dev.dockwright.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.dockwright.config.DockwrightConfig.Format;
import dev.dockwright.rule.Settings;
import dev.dockwright.semantic.CgroupEra;
import java.nio.file.Path;
import java.util.LinkedHashMap;
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

/** Every key of {@code .dockwright.yaml}, read into the record. */
class DockwrightConfigTest {
  private static final Path EVERY_KEY = Path.of("testdata/config/every-key").toAbsolutePath();

  @TempDir
  Path tmp;

  @Test
  void readsEveryKey() {
    DockwrightConfig config = ConfigLoader.load(EVERY_KEY, Optional.empty(), false, Map.of());

    Map<String, Map<String, Object>> rules = new LinkedHashMap<>();
    // As written: which rule each key names and which options it has is the engine's to check (ConfigRules).
    rules.put("shellcheck", Map.of("exclude", List.of("SC2086", "SC2034")));
    rules.put("DW4006", Map.of("allow-ranges", true, "bogus", 3));
    assertThat(config).isEqualTo(new DockwrightConfig(
        List.of("DL3008", "systemd"),
        List.of("no-latest-tag", "DL3059"),
        ordered("DL3008", "warning", "missing-stopsignal", "error", "DL3015", "off"),
        Optional.of("warning"),
        List.of("docker.io", "registry.access.redhat.com"),
        ordered("maintainer", "email", "org.opencontainers.image.version", "semver"),
        true,
        false,
        Optional.of("v1"),
        Optional.of("podman"),
        Optional.of("runtime"),
        Optional.of("hadolint"),
        ordered("centos7-systemd", EVERY_KEY.resolve("base/Dockerfile"),
            "app-base", EVERY_KEY.resolveSibling("shared/app.Dockerfile")),
        rules,
        ordered("DL3008", ".dockwright.yaml:3:5", "systemd", ".dockwright.yaml:4:5",
            "no-latest-tag", ".dockwright.yaml:5:10", "DL3059", ".dockwright.yaml:5:25",
            "missing-stopsignal", ".dockwright.yaml:8:3", "DL3015", ".dockwright.yaml:9:3",
            "shellcheck", ".dockwright.yaml:26:3", "shellcheck\0exclude", ".dockwright.yaml:27:5",
            "shellcheck\0exclude\0=", ".dockwright.yaml:27:14", "DW4006", ".dockwright.yaml:28:3",
            "DW4006\0allow-ranges", ".dockwright.yaml:29:5", "DW4006\0allow-ranges\0=", ".dockwright.yaml:29:19",
            "DW4006\0bogus", ".dockwright.yaml:30:5", "DW4006\0bogus\0=", ".dockwright.yaml:30:12"),
        Optional.of(EVERY_KEY.resolve(".dockwright.yaml")),
        Format.DOCKWRIGHT));
  }

  @Test
  void keepsFileOrderOfMaps() {
    DockwrightConfig config = ConfigLoader.load(EVERY_KEY, Optional.empty(), false, Map.of());

    assertThat(config.severity().keySet()).containsExactly("DL3008", "missing-stopsignal", "DL3015");
    assertThat(config.images().keySet()).containsExactly("centos7-systemd", "app-base");
  }

  @Test
  void buildsTheSettingsRulesRead() {
    DockwrightConfig config = ConfigLoader.load(EVERY_KEY, Optional.empty(), false, Map.of());

    Settings settings = config.toSettings();

    assertThat(settings.trustedRegistries()).containsExactly("docker.io", "registry.access.redhat.com");
    assertThat(settings.labelSchema()).containsOnly(Map.entry("maintainer", "email"),
        Map.entry("org.opencontainers.image.version", "semver"));
    assertThat(settings.strictLabels()).isTrue();
    assertThat(settings.systemdCgroup()).isEqualTo(CgroupEra.Setting.V1);
    // the engine adds the options once it has checked them against the rules (ConfigRules)
    assertThat(settings.ruleOptions()).isEmpty();
    assertThat(config.originOfOption("DW4006", "bogus", false)).contains(".dockwright.yaml:30:5");
    assertThat(config.originOfOption("DW4006", "bogus", true)).contains(".dockwright.yaml:30:12");
  }

  @Test
  void emptyConfigGivesDefaultSettings() {
    assertThat(DockwrightConfig.empty().toSettings()).isEqualTo(Settings.defaults());
  }

  @Test
  void ruleOptionsAreReadOnlyAllTheWayDown() {
    DockwrightConfig config = ConfigLoader.load(EVERY_KEY, Optional.empty(), false, Map.of());
    @SuppressWarnings("unchecked")
    List<Object> codes = (List<Object>) config.rules().get("shellcheck").get("exclude");

    assertThatThrownBy(() -> codes.add("x")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> config.rules().get("DW4006").put("x", 1))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  static Stream<Arguments> values() {
    Function<DockwrightConfig, Object> severity = DockwrightConfig::severity;
    Function<DockwrightConfig, Object> threshold = DockwrightConfig::failureThreshold;
    Function<DockwrightConfig, Object> cgroup = DockwrightConfig::systemdCgroup;
    Function<DockwrightConfig, Object> ignore = DockwrightConfig::ignore;
    Function<DockwrightConfig, Object> labels = DockwrightConfig::labelSchema;
    Function<DockwrightConfig, Object> strict = DockwrightConfig::strictLabels;
    Function<DockwrightConfig, Object> pragma = DockwrightConfig::disableIgnorePragma;
    Function<DockwrightConfig, Object> rules = DockwrightConfig::rules;
    return Stream.of(
        arguments("nothing set", "", ignore, List.of()),
        arguments("only comments", "# ignore: [DL3008]\n", ignore, List.of()),
        arguments("a bare document marker", "---\n", ignore, List.of()),
        arguments("a key with nothing after it", "ignore:\n  # - DL3008\n", ignore, List.of()),
        arguments("a key with nothing after it, then another", "ignore:\nselect: [a]\n", ignore, List.of()),
        arguments("an empty flow list", "ignore: []\n", ignore, List.of()),
        arguments("numbers read as rule names", "ignore: [3008]\n", ignore, List.of("3008")),
        arguments("a byte order mark", "\uFEFFignore: [DL3008]\n", ignore, List.of("DL3008")),
        arguments("severities in any case", "severity: {a: ERROR, b: Info, c: style}\n", severity,
            ordered("a", "error", "b", "info", "c", "style")),
        arguments("off, which YAML 1.1 reads as false", "severity: {DL3015: off, DL3016: OFF}\n", severity,
            ordered("DL3015", "off", "DL3016", "off")),
        arguments("failure threshold none", "failure-threshold: none\n", threshold, Optional.of("none")),
        arguments("failure threshold in capitals", "failure-threshold: ERROR\n", threshold, Optional.of("error")),
        arguments("no failure threshold", "ignore: []\n", threshold, Optional.empty()),
        arguments("cgroup v2", "systemd:\n  cgroup: v2\n", cgroup, Optional.of("v2")),
        arguments("cgroup auto", "systemd: {cgroup: AUTO}\n", cgroup, Optional.of("auto")),
        arguments("an empty systemd section", "systemd:\n", cgroup, Optional.empty()),
        arguments("every label type", "label-schema: {a: text, b: url, c: semver, d: hash, e: rfc3339, f: spdx,"
            + " g: email}\n", labels, ordered("a", "text", "b", "url", "c", "semver", "d", "hash", "e", "rfc3339",
            "f", "spdx", "g", "email")),
        arguments("strict labels as yes", "strict-labels: yes\n", strict, true),
        arguments("strict labels quoted", "strict-labels: 'true'\n", strict, true),
        arguments("pragma switch", "disable-ignore-pragma: true\n", pragma, true),
        arguments("an option holding a list of mappings", "rules:\n  r:\n    o: [1, {k: v}]\n", rules,
            Map.of("r", Map.of("o", List.of(1, Map.of("k", "v"))))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("values")
  void readsValue(String what, String yaml, Function<DockwrightConfig, Object> field, Object expected) {
    DockwrightConfig config = Repo.in(tmp).file(".dockwright.yaml", yaml).load();

    assertThat(field.apply(config)).isEqualTo(expected);
  }

  @Test
  void resolvesImagePathsAgainstTheConfigFileNotTheWorkingDirectory() {
    Repo repo = Repo.in(tmp).file(".dockwright.yaml", "images:\n  base: docker/base/Dockerfile\n  abs: /srv/Dockerfile\n")
        .dir("app/sub");

    DockwrightConfig config = repo.load("app/sub", Map.of());

    assertThat(config.images()).containsExactly(
        Map.entry("base", repo.path("docker/base/Dockerfile")), Map.entry("abs", Path.of("/srv/Dockerfile")));
  }

  @Test
  void originsNameTheFileAsSeenFromTheWorkingDirectory() {
    Repo repo = Repo.in(tmp).file(".dockwright.yaml", "ignore:\n  - DL3008\n").dir("app");

    DockwrightConfig config = repo.load("app", Map.of());

    assertThat(config.originOf("DL3008")).contains("../.dockwright.yaml:2:5");
    assertThat(config.originOf("DL3009")).isEmpty();
  }

  @Test
  void firstOriginWinsWhenARuleIsNamedTwice() {
    DockwrightConfig config = Repo.in(tmp).file(".dockwright.yaml", "ignore: [DL3008]\nseverity: {DL3008: info}\n")
        .load();

    assertThat(config.originOf("DL3008")).contains(".dockwright.yaml:1:10");
  }

  @SuppressWarnings("unchecked")
  private static <V> Map<String, V> ordered(Object... keysAndValues) {
    Map<String, V> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], (V) keysAndValues[i + 1]);
    }
    return map;
  }
}
