package dev.dockwright.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.dockwright.config.DockwrightConfig.Format;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A {@code .hadolint.yaml} read in place of a dockwright config, key by key. */
class HadolintConfigTest {
  private static final Path HADOLINT = Path.of("testdata/config/hadolint").toAbsolutePath();

  @TempDir
  Path tmp;

  @Test
  void mapsEveryHadolintKey() {
    DockwrightConfig config = ConfigLoader.load(HADOLINT, Optional.empty(), false, Map.of());

    Map<String, String> severity = new LinkedHashMap<>();
    severity.put("DL3001", "error");
    severity.put("DL3002", "error");
    severity.put("DL3042", "warning");
    severity.put("DL3032", "info");
    severity.put("DL3015", "style");
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("author", "text");
    labels.put("contact", "email");
    labels.put("created", "rfc3339");
    labels.put("version", "semver");
    labels.put("documentation", "url");
    labels.put("git-revision", "hash");
    labels.put("license", "spdx");
    Map<String, String> origins = new LinkedHashMap<>();
    origins.put("DL3008", ".hadolint.yaml:5:5");
    origins.put("SC2086", ".hadolint.yaml:6:5");
    origins.put("DL3001", ".hadolint.yaml:9:7");
    origins.put("DL3002", ".hadolint.yaml:10:7");
    origins.put("DL3042", ".hadolint.yaml:12:7");
    origins.put("DL3032", ".hadolint.yaml:14:7");
    origins.put("DL3015", ".hadolint.yaml:16:7");
    assertThat(config).isEqualTo(new DockwrightConfig(
        List.of(),
        List.of("DL3008", "SC2086"),
        severity,
        Optional.of("warning"),
        List.of("docker.io", "my-company.com:5000"),
        labels,
        true,
        true,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Map.of(),
        Map.of(),
        origins,
        Optional.of(HADOLINT.resolve(".hadolint.yaml")),
        Format.HADOLINT));
  }

  @Test
  void acceptsASingleTrustedRegistryAndTheYmlSpelling() {
    Path dir = Path.of("testdata/config/hadolint-minimal").toAbsolutePath();

    DockwrightConfig config = ConfigLoader.load(dir, Optional.empty(), false, Map.of());

    assertThat(config.trustedRegistries()).containsExactly("docker.io");
    assertThat(config.source()).contains(dir.resolve(".hadolint.yml"));
    assertThat(config.format()).isEqualTo(Format.HADOLINT);
  }

  static Stream<Arguments> thresholds() {
    return Stream.of(
        arguments("failure-threshold: error\n", Optional.of("error")),
        arguments("failure-threshold: warning\n", Optional.of("warning")),
        arguments("failure-threshold: info\n", Optional.of("info")),
        arguments("failure-threshold: style\n", Optional.of("style")),
        // hadolint fails when a finding is at or above the threshold, and `ignore` (alias `none`) is its lowest level
        arguments("failure-threshold: ignore\n", Optional.of("style")),
        arguments("failure-threshold: none\n", Optional.of("style")),
        arguments("no-fail: true\n", Optional.of("none")),
        arguments("no-fail: true\nfailure-threshold: error\n", Optional.of("none")),
        arguments("no-fail: false\nfailure-threshold: error\n", Optional.of("error")),
        arguments("no-fail: false\n", Optional.empty()),
        arguments("ignored: []\n", Optional.empty()));
  }

  @ParameterizedTest
  @MethodSource("thresholds")
  void mapsTheFailureThreshold(String yaml, Optional<String> threshold) {
    DockwrightConfig config = Repo.in(tmp).file(".hadolint.yaml", yaml).load();

    assertThat(config.failureThreshold()).isEqualTo(threshold);
  }

  @Test
  void outputSettingsAreAcceptedAndIgnored() {
    DockwrightConfig config = Repo.in(tmp)
        .file(".hadolint.yaml", "no-color: true\nverbose: false\nformat: codeclimate\noutput-file: out.json\n")
        .load();

    assertThat(config).isEqualTo(new DockwrightConfig(List.of(), List.of(), Map.of(), Optional.empty(), List.of(),
        Map.of(), false, false, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Map.of(),
        Map.of(), Map.of(), config.source(),
        Format.HADOLINT));
  }

  @Test
  void anEmptyHadolintConfigIsStillAHadolintConfig() {
    DockwrightConfig config = Repo.in(tmp).file(".hadolint.yaml", "").load();

    assertThat(config.format()).isEqualTo(Format.HADOLINT);
    assertThat(config.ignore()).isEmpty();
  }
}
