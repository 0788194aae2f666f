package dev.dockwright.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.dockwright.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Config files written to hurt: alias bombs, deep nesting, huge files and values, wrong types, nulls,
 * duplicate keys, bytes that are not UTF-8. Each gets one line naming the place and what to change, quickly
 * and in little memory; on the command line, exit status 2 and no stack trace.
 */
@Timeout(30)
class HostileConfigTest {
  @TempDir
  Path tmp;

  /** The classic "billion laughs": nine levels of nine aliases, 9^9 strings when expanded. */
  static String billionLaughs() {
    StringBuilder yaml = new StringBuilder("rules:\n  a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\","
        + "\"lol\",\"lol\"]\n");
    for (char level = 'b'; level <= 'i'; level++) {
      String previous = "*" + (char) (level - 1);
      yaml.append("  ").append(level).append(": &").append(level).append(" [")
          .append(IntStream.range(0, 9).mapToObj(i -> previous).collect(Collectors.joining(","))).append("]\n");
    }
    return yaml.toString();
  }

  static Stream<Arguments> hostile() {
    return Stream.of(
        arguments("alias bomb", billionLaughs(),
            ".dockwright.yaml:3:10: YAML aliases are not supported; write the value out instead of *a"),
        arguments("alias as a merge key", "rules:\n  base: &b {x: 1}\n  other:\n    <<: *b\n",
            ".dockwright.yaml:4:9: YAML aliases are not supported; write the value out instead of *b"),
        arguments("flow nesting 100,000 deep", "ignore: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n",
            ".dockwright.yaml:1:29: lists and mappings nest more than 20 levels deep here;"
                + " a config needs at most 3 levels (rules: {name: {option: [value]}}): flatten it"),
        arguments("block nesting 30 deep", blockNesting(30),
            ".dockwright.yaml:22:43: lists and mappings nest more than 20 levels deep here;"
                + " a config needs at most 3 levels (rules: {name: {option: [value]}}): flatten it"),
        arguments("a 5,000-character value", "ignore: [" + "a".repeat(5000) + "]\n",
            ".dockwright.yaml:1:10: this value is 5000 characters long, more than the 4096 a config value may have;"
                + " shorten it"),
        arguments("a 5,000-character key", "severity: {\"" + "b".repeat(5000) + "\": error}\n",
            ".dockwright.yaml:1:12: this key is 5000 characters long, more than the 4096 a config key may have;"
                + " shorten it"),
        arguments("1.1 million characters, under 4 MiB", "ignore: [a]\n#" + "é".repeat(1_100_000) + "\n",
            ".dockwright.yaml: is 1100014 characters, more than a config file may hold (1048576 characters);"
                + " check that this is the config file, and keep only settings in it"),
        arguments("a list where a mapping goes", "rules: [missing-stopsignal]\n",
            ".dockwright.yaml:1:8: 'rules' must be a mapping, not a list;"
                + " write it as rules: {rule-name: {option: value}}"),
        arguments("a list for a severity", "severity: {DL3008: [error]}\n",
            ".dockwright.yaml:1:20: 'severity.DL3008' must be a single value, not a list;"
                + " use error, warning, info, style or off"),
        arguments("a number where a mapping goes", "systemd: 2\n",
            ".dockwright.yaml:1:10: 'systemd' must be a mapping, not a number; write it as systemd: {cgroup: v2, run-mode: podman}"),
        arguments("a mapping for a path", "images:\n  base: {path: x}\n",
            ".dockwright.yaml:2:9: 'images.base' must be a string, not a mapping;"
                + " write it as images: {centos7-systemd: base/Dockerfile}"),
        arguments("null for an image", "images:\n  base: ~\n",
            ".dockwright.yaml:2:9: 'images.base' is empty; give it a value or delete it"),
        arguments("null for a label type", "label-schema:\n  maintainer: null\n",
            ".dockwright.yaml:2:15: 'label-schema.maintainer' is empty; give it a value or delete it"),
        arguments("a duplicate key deep down", "rules:\n  missing-stopsignal:\n    allow: [a]\n    allow: [b]\n",
            ".dockwright.yaml:4:5: duplicate key 'allow', first given at 3:5; merge the two into one"),
        arguments("a duplicate key in a flow mapping", "severity: {DL3008: error, DL3008: off}\n",
            ".dockwright.yaml:1:27: duplicate key 'DL3008', first given at 1:12; merge the two into one"));
  }

  private static String blockNesting(int depth) {
    StringBuilder yaml = new StringBuilder("rules:\n");
    for (int i = 1; i < depth; i++) {
      yaml.append("  ".repeat(i)).append("k").append(i).append(":\n");
    }
    return yaml.append("  ".repeat(depth)).append("- x\n").toString();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  void hostileConfig(String name, String yaml, String message) {
    Repo repo = Repo.in(tmp).file(".dockwright.yaml", yaml);

    assertThatThrownBy(repo::load).isInstanceOf(ConfigException.class).hasMessage(message);
  }

  @Test
  void aFiftyMegabyteFileIsRefusedUnread() throws IOException {
    Repo repo = Repo.in(tmp);
    byte[] big = new byte[50 << 20];
    java.util.Arrays.fill(big, (byte) '#');
    Files.write(repo.path(".dockwright.yaml"), big);

    assertThatThrownBy(repo::load).isInstanceOf(ConfigException.class).hasMessage(".dockwright.yaml: is 52428800"
        + " bytes, more than a config file may hold (1048576 characters);"
        + " check that this is the config file, and keep only settings in it");
  }

  @Test
  void aFileJustUnderTheLimitLoads() {
    Repo repo = Repo.in(tmp).file(".dockwright.yaml",
        "ignore: [DL3008]\n" + ("# " + "x".repeat(4000) + "\n").repeat(250));

    assertThat(repo.load().ignore()).containsExactly("DL3008");
  }

  @Test
  void latin1BytesAreNamedByLineAndColumn() throws IOException {
    Repo repo = Repo.in(tmp);
    Files.write(repo.path(".dockwright.yaml"), "ignore: [DL3008]\nlabel-schema:\n  caf\u00e9: text\n"
        .getBytes(StandardCharsets.ISO_8859_1));

    assertThatThrownBy(repo::load).isInstanceOf(ConfigException.class)
        .hasMessage(".dockwright.yaml:3:6: byte 0xE9 is not UTF-8 text; save the file as UTF-8");
  }

  @Test
  void utf16IsNotUtf8() throws IOException {
    Repo repo = Repo.in(tmp);
    Files.write(repo.path(".hadolint.yaml"), "ignored: [DL3008]\n".getBytes(StandardCharsets.UTF_16LE));

    assertThatThrownBy(repo::load).isInstanceOf(ConfigException.class)
        .hasMessage(".hadolint.yaml:1:2: a NUL byte is not text (is the file UTF-16?); save the file as UTF-8");
  }

  /** YAML has no separate number type for a name: a rule written as a number is read as its text. */
  @Test
  void numbersAndBooleansForRuleIdsAreReadAsText() {
    Repo repo = Repo.in(tmp).file(".dockwright.yaml", "ignore: [3008, true]\nseverity: {4033: off}\n");

    DockwrightConfig config = repo.load();

    assertThat(config.ignore()).containsExactly("3008", "true");
    assertThat(config.severity()).containsExactly(entry("4033", "off"));
  }

  @Test
  void nullSectionsAreAbsent() {
    Repo repo = Repo.in(tmp).file(".dockwright.yaml", "ignore: ~\nseverity: null\nsystemd:\nrules: ~\nimages:\n");

    DockwrightConfig config = repo.load();

    assertThat(config.ignore()).isEmpty();
    assertThat(config.severity()).isEmpty();
    assertThat(config.systemdCgroup()).isEmpty();
    assertThat(config.rules()).isEmpty();
    assertThat(config.images()).isEmpty();
  }

  @Test
  void theCommandLineExitsWithTwoAndOneLine() throws IOException {
    Path config = tmp.resolve("bomb.dockwright.yaml");
    Files.writeString(config, billionLaughs());
    Path dockerfile = tmp.resolve("Dockerfile");
    Files.writeString(dockerfile, "FROM alpine:3.20\n");

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(new String[] {"lint", "--config", config.toString(), dockerfile.toString()},
        new ByteArrayInputStream(new byte[0]), new PrintWriter(out, true), new PrintWriter(err, true));

    assertThat(exit).isEqualTo(2);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString()).isEqualTo("dockwright: " + config
        + ":3:10: YAML aliases are not supported; write the value out instead of *a\n");
  }

  @Test
  void anUnknownRuleGivenAsANumberIsAUsageError() throws IOException {
    Path config = tmp.resolve(".dockwright.yaml");
    Files.writeString(config, "ignore: [3008]\n");
    Path dockerfile = tmp.resolve("Dockerfile");
    Files.writeString(dockerfile, "FROM alpine:3.20\n");

    StringWriter err = new StringWriter();
    int exit = Main.run(new String[] {"lint", "--config", config.toString(), dockerfile.toString()},
        new ByteArrayInputStream(new byte[0]), new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString())
        .isEqualTo("dockwright: " + config + ":1:10: unknown rule '3008'; see 'dockwright rules'\n");
  }
}
