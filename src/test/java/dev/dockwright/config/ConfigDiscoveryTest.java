package dev.dockwright.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.dockwright.config.DockwrightConfig.Format;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which file a run reads: discovery up to the repository root, {@code --config}, {@code DOCKWRIGHT_CONFIG}. */
class ConfigDiscoveryTest {
  @TempDir
  Path tmp;

  static Stream<Arguments> layouts() {
    return Stream.of(
        arguments("in the working directory", List.of(".dockwright.yaml"), ".", ".dockwright.yaml"),
        arguments("the .yml spelling", List.of("app/.dockwright.yml"), "app", "app/.dockwright.yml"),
        arguments("in a parent", List.of(".dockwright.yaml"), "app/src", ".dockwright.yaml"),
        arguments("the nearest wins", List.of(".dockwright.yaml", "app/.dockwright.yaml"), "app/src",
            "app/.dockwright.yaml"),
        arguments("a sibling directory is not searched", List.of("other/.dockwright.yaml"), "app", null),
        arguments("nothing above the repository root", List.of("../.dockwright.yaml"), ".", null),
        arguments("a .git file (worktree, submodule) marks a root too",
            List.of(".dockwright.yaml", "sub/.git"), "sub/src", null),
        arguments("dockwright at the root beats hadolint in the working directory",
            List.of(".dockwright.yaml", "app/.hadolint.yaml"), "app", ".dockwright.yaml"),
        arguments("hadolint when there is no dockwright config", List.of("app/.hadolint.yaml"), "app/src",
            "app/.hadolint.yaml"),
        arguments("hadolint's .yml spelling", List.of(".hadolint.yml"), "app", ".hadolint.yml"),
        arguments("no config at all", List.of(), ".", null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("layouts")
  void discovers(String what, List<String> files, String workingDir, String expected) {
    Repo repo = Repo.in(tmp).dir(workingDir);
    files.forEach(f -> repo.file(f, ""));

    DockwrightConfig config = repo.load(workingDir, Map.of());

    assertThat(config.source()).isEqualTo(Optional.ofNullable(expected).map(repo::path).map(Path::normalize));
    assertThat(ConfigLoader.discover(repo.path(workingDir))).isEqualTo(config.source());
    assertThat(config.format())
        .isEqualTo(expected != null && expected.contains("hadolint") ? Format.HADOLINT : Format.DOCKWRIGHT);
  }

  @Test
  void outsideARepositoryTheSearchGoesUpToTheFileSystemRoot() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("plain/a/b"));
    Files.writeString(tmp.resolve("plain/.dockwright.yaml"), "ignore: [DL3008]\n");

    DockwrightConfig config = ConfigLoader.load(dir, Optional.empty(), false, Map.of());

    assertThat(config.ignore()).containsExactly("DL3008");
    assertThat(config.originOf("DL3008")).contains("../../.dockwright.yaml:1:10");
  }

  @Test
  void bothSpellingsInOneDirectoryIsAnError() {
    Repo repo = Repo.in(tmp).file("app/.dockwright.yaml", "").file("app/.dockwright.yml", "").dir("app/src");

    assertThatThrownBy(() -> repo.load("app/src", Map.of())).isInstanceOf(ConfigException.class)
        .hasMessage("../.dockwright.yml: both .dockwright.yaml and .dockwright.yml exist in this directory;"
            + " delete one of them");
  }

  @Test
  void explicitConfigIsResolvedAgainstTheWorkingDirectoryAndBeatsDiscovery() {
    Repo repo = Repo.in(tmp).file(".dockwright.yaml", "ignore: [from-discovery]\n")
        .file("app/ci/lint.yaml", "ignore: [from-option]\n");

    DockwrightConfig config = ConfigLoader.load(repo.path("app"), Optional.of(Path.of("ci/lint.yaml")), false,
        Map.of("DOCKWRIGHT_CONFIG", "../.dockwright.yaml"));

    assertThat(config.ignore()).containsExactly("from-option");
    assertThat(config.source()).contains(repo.path("app/ci/lint.yaml"));
    assertThat(config.originOf("from-option")).contains("ci/lint.yaml:1:10");
  }

  @Test
  void environmentNamesTheConfigWhenNoOptionDoes() {
    Repo repo = Repo.in(tmp).file(".dockwright.yaml", "ignore: [from-discovery]\n")
        .file("ci/lint.yaml", "ignore: [from-env]\n");

    DockwrightConfig config = repo.load(".", Map.of("DOCKWRIGHT_CONFIG", "ci/lint.yaml"));

    assertThat(config.ignore()).containsExactly("from-env");
  }

  static Stream<Arguments> explicitFormats() {
    return Stream.of(
        arguments("ci-hadolint.yaml", "ignored: [DL3008]\n", Format.HADOLINT),
        arguments("ci.dockwright.yaml", "ignore: [DL3008]\n", Format.DOCKWRIGHT),
        arguments("lint.yaml", "ignored: [DL3008]\n", Format.HADOLINT),
        arguments("lint.yaml", "trustedRegistries: [docker.io]\nfailure-threshold: error\n", Format.HADOLINT),
        arguments("lint.yaml", "ignore: [DL3008]\n", Format.DOCKWRIGHT),
        arguments("lint.yaml", "failure-threshold: error\n", Format.DOCKWRIGHT),
        arguments("lint.yaml", "", Format.DOCKWRIGHT));
  }

  @ParameterizedTest
  @MethodSource("explicitFormats")
  void explicitConfigFormatFromNameThenKeys(String name, String yaml, Format format) {
    Repo repo = Repo.in(tmp).file(name, yaml);

    DockwrightConfig config = ConfigLoader.load(repo.root, Optional.of(Path.of(name)), false, Map.of());

    assertThat(config.format()).isEqualTo(format);
  }

  @Test
  void aFileWithKeysOfBothFormatsIsReadAsDockwrightAndTheHadolintKeyIsReported() {
    Repo repo = Repo.in(tmp).file("lint.yaml", "ignore: [a]\nignored: [b]\n");

    assertThatThrownBy(() -> ConfigLoader.load(repo.root, Optional.of(Path.of("lint.yaml")), false, Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessage("lint.yaml:2:1: unknown key 'ignored'; did you mean 'ignore'?");
  }

  @Test
  void noConfigReadsNoFileButStillTheEnvironment() {
    Repo repo = Repo.in(tmp).file(".dockwright.yaml", "ignore: [DL3008]\n");

    DockwrightConfig config = ConfigLoader.load(repo.root, Optional.empty(), true,
        Map.of("DOCKWRIGHT_CONFIG", ".dockwright.yaml", "DOCKWRIGHT_FAILURE_THRESHOLD", "error"));

    assertThat(config.source()).isEmpty();
    assertThat(config.ignore()).isEmpty();
    assertThat(config.failureThreshold()).contains("error");
  }

  static Stream<Arguments> unreadable() {
    return Stream.of(
        arguments(Optional.of("missing.yaml"), Map.of(), false, "missing.yaml: no such file; check the path given by --config"),
        arguments(Optional.of("conf"), Map.of(), false,
            "conf: is a directory; give --config the path of a YAML config file"),
        arguments(Optional.empty(), Map.of("DOCKWRIGHT_CONFIG", "ci/missing.yaml"), false,
            "ci/missing.yaml: no such file; check the path given by DOCKWRIGHT_CONFIG"),
        arguments(Optional.of("lint.yaml"), Map.of(), true,
            "--no-config: contradicts --config lint.yaml; drop one of the two"));
  }

  @ParameterizedTest
  @MethodSource("unreadable")
  void unreadableConfig(Optional<String> option, Map<String, String> env, boolean noConfig, String message) {
    Repo repo = Repo.in(tmp).dir("conf").file("lint.yaml", "");

    assertThatThrownBy(() -> ConfigLoader.load(repo.root, option.map(Path::of), noConfig, env))
        .isInstanceOf(ConfigException.class).hasMessage(message);
  }

  @Test
  void invalidUtf8() throws Exception {
    Repo repo = Repo.in(tmp);
    Files.write(repo.path(".dockwright.yaml"), new byte[] {'i', 'g', 'n', 'o', 'r', 'e', ':', ' ', (byte) 0xff});

    assertThatThrownBy(repo::load).isInstanceOf(ConfigException.class)
        .hasMessage(".dockwright.yaml:1:9: byte 0xFF is not UTF-8 text; save the file as UTF-8");
  }
}
