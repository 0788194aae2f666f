package dev.dockwright.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every mistake a config file can hold, with the exact one-line message and position it gets. */
class ConfigErrorTest {
  @TempDir
  Path tmp;

  static Stream<Arguments> dockwrightMistakes() {
    return Stream.of(
        // keys
        arguments("ignore: [a]\nignored: [b]\n",
            ".dockwright.yaml:2:1: unknown key 'ignored'; did you mean 'ignore'?"),
        arguments("trustedRegistries: [docker.io]\n",
            ".dockwright.yaml:1:1: unknown key 'trustedRegistries'; did you mean 'trusted-registries'?"),
        arguments("systemd:\n  cgrup: v2\n",
            ".dockwright.yaml:2:3: unknown key 'cgrup' in 'systemd'; did you mean 'cgroup'?"),
        arguments("systemd:\n  run-mode: kubernetes\n",
            ".dockwright.yaml:2:13: 'kubernetes' is not a run mode; use docker-privileged, docker, podman, sysbox"),
        arguments("target: 'my stage'\n",
            ".dockwright.yaml:1:9: 'my stage' is not a stage name; write the name of the stage the image is built to,"
                + " as in FROM ... AS runtime"),
        arguments("fooo: 1\n",
            ".dockwright.yaml:1:1: unknown key 'fooo'; use one of compat, disable-ignore-pragma, failure-threshold, ignore,"
                + " images, label-schema, rules, select, severity, strict-labels, systemd, target, trusted-registries"),
        arguments("override:\n  error: [DL3001]\n",
            ".dockwright.yaml:1:1: 'override' is a hadolint key, not a dockwright one;"
                + " in a dockwright config write severity: {DL3001: error}"),
        arguments("select: [a]\nno-fail: true\n",
            ".dockwright.yaml:2:1: 'no-fail' is a hadolint key, not a dockwright one;"
                + " in a dockwright config write failure-threshold: none"),
        arguments("ignore: [a]\n\nignore: [b]\n",
            ".dockwright.yaml:3:1: duplicate key 'ignore', first given at 1:1; merge the two into one"),
        arguments("severity:\n  DL3008: info\n  DL3008: style\n",
            ".dockwright.yaml:3:3: duplicate key 'DL3008', first given at 2:3; merge the two into one"),
        // enumerated values
        arguments("severity:\n  DL3008:  loud\n",
            ".dockwright.yaml:2:12: 'loud' is not a severity; use error, warning, info, style or off"),
        arguments("severity:\n  DL3008: 1\n",
            ".dockwright.yaml:2:11: '1' is not a severity; use error, warning, info, style or off"),
        arguments("severity:\n  DL3008: ''\n",
            ".dockwright.yaml:2:11: 'severity.DL3008' is empty; use error, warning, info, style or off"),
        arguments("failure-threshold: \"lo\\nud\"\n",
            ".dockwright.yaml:1:20: 'lo\\nud' is not a failure threshold; use error, warning, info, style or none"),
        arguments("failure-threshold: loud\n",
            ".dockwright.yaml:1:20: 'loud' is not a failure threshold; use error, warning, info, style or none"),
        arguments("failure-threshold: off\n",
            ".dockwright.yaml:1:20: 'off' is not a failure threshold; use error, warning, info, style or none"),
        arguments("label-schema:\n  maintainer: mail\n",
            ".dockwright.yaml:2:15: 'mail' is not a label type; use text, url, semver, hash, rfc3339, spdx or email"),
        arguments("systemd:\n  cgroup: v3\n",
            ".dockwright.yaml:2:11: 'v3' is not a cgroup version; use v1, v2 or auto"),
        arguments("strict-labels: maybe\n",
            ".dockwright.yaml:1:16: 'maybe' is not true or false; write true or false"),
        arguments("disable-ignore-pragma: 1\n",
            ".dockwright.yaml:1:24: '1' is not true or false; write true or false"),
        // wrong shapes
        arguments("ignore: DL3008\n",
            ".dockwright.yaml:1:9: 'ignore' must be a list, not a string; write it as ignore: [DL3008, latest-tag]"),
        arguments("select: {DL3008: true}\n",
            ".dockwright.yaml:1:9: 'select' must be a list, not a mapping; write it as select: [DL3008, latest-tag]"),
        arguments("ignore: [a, [b]]\n",
            ".dockwright.yaml:1:13: an entry of 'ignore' must be a string, not a list;"
                + " write it as ignore: [DL3008, latest-tag]"),
        arguments("trusted-registries: docker.io\n",
            ".dockwright.yaml:1:21: 'trusted-registries' must be a list, not a string;"
                + " write it as trusted-registries: [docker.io, ghcr.io]"),
        arguments("severity: [DL3008]\n",
            ".dockwright.yaml:1:11: 'severity' must be a mapping, not a list; write it as severity: {DL3008: warning}"),
        arguments("failure-threshold: [error]\n",
            ".dockwright.yaml:1:20: 'failure-threshold' must be a single value, not a list;"
                + " use error, warning, info, style or none"),
        arguments("systemd: v2\n",
            ".dockwright.yaml:1:10: 'systemd' must be a mapping, not a string; write it as systemd: {cgroup: v2, run-mode: podman}"),
        arguments("systemd:\n  cgroup: {v: 2}\n",
            ".dockwright.yaml:2:11: 'systemd.cgroup' must be a single value, not a mapping; use v1, v2 or auto"),
        arguments("strict-labels: [true]\n",
            ".dockwright.yaml:1:16: 'strict-labels' must be true or false, not a list; write it as strict-labels: true"),
        arguments("images:\n  base: [a]\n",
            ".dockwright.yaml:2:9: 'images.base' must be a string, not a list;"
                + " write it as images: {centos7-systemd: base/Dockerfile}"),
        arguments("rules:\n  missing-stopsignal: 3\n",
            ".dockwright.yaml:2:23: 'rules.missing-stopsignal' must be a mapping, not a number;"
                + " write it as rules: {rule-name: {option: value}}"),
        // empty where a value is needed
        arguments("ignore: [a, ~]\n",
            ".dockwright.yaml:1:13: an entry of 'ignore' is empty; give it a value or delete it"),
        arguments("select:\n  - a\n  - ''\n",
            ".dockwright.yaml:3:5: an entry of 'select' is empty; name a rule or delete the entry"),
        arguments("trusted-registries: [' ']\n",
            ".dockwright.yaml:1:22: an entry of 'trusted-registries' is empty; name a registry or delete the entry"),
        arguments("severity:\n  DL3008:\n",
            ".dockwright.yaml:2:10: 'severity.DL3008' is empty; give it a value or delete it"),
        arguments("rules:\n  missing-stopsignal:\n    allow:\n",
            ".dockwright.yaml:3:11: 'rules.missing-stopsignal.allow' is empty; give it a value or delete it"),
        arguments("images:\n  base: ''\n",
            ".dockwright.yaml:2:9: no Dockerfile given for image 'base';"
                + " write the path of the Dockerfile that builds it, relative to this file"),
        // not a mapping, not YAML
        arguments("- DL3008\n",
            ".dockwright.yaml:1:1: the file must be a mapping of keys to values, not a list;"
                + " start with a key, e.g. ignore: [DL3008]"),
        arguments("DL3008\n",
            ".dockwright.yaml:1:1: the file must be a mapping of keys to values, not a string;"
                + " start with a key, e.g. ignore: [DL3008]"),
        arguments("ignore: [a]\n---\nselect: [b]\n",
            ".dockwright.yaml:3:1: a second YAML document starts here;"
                + " keep one document per file: delete the '---' line and what follows it"),
        arguments("select: [a]\nignore: [DL3008\n",
            ".dockwright.yaml:2:9: invalid YAML: this '[' list is never closed; add the closing ']'"),
        arguments("severity: {DL3008: error\n",
            ".dockwright.yaml:1:11: invalid YAML: this '{' mapping is never closed; add the closing '}'"),
        arguments("ignore: \"DL3008\n",
            ".dockwright.yaml:1:9: invalid YAML: this quoted string never ends; add the closing quote"),
        arguments("label-schema:\n  maintainer: a: b\n",
            ".dockwright.yaml:2:16: invalid YAML: unexpected ':';"
                + " quote the value if it contains ': ', or indent the key under its parent"),
        arguments("ignore: &rules [DL3008]\nselect: *rules\n",
            ".dockwright.yaml:2:9: YAML aliases are not supported; write the value out instead of *rules"),
        arguments("? [DL3008]\n: off\n",
            ".dockwright.yaml:1:4: invalid YAML: a key must be plain text, not a list or mapping; write key: value"),
        arguments("ignore:\n\t- DL3008\n",
            ".dockwright.yaml:2:1: invalid YAML: a tab indents this line; indent with spaces"),
        arguments("ignore:\n  - a\n - b\n",
            ".dockwright.yaml:3:2: invalid YAML: this line is indented wrongly;"
                + " line it up with the other entries of the same list or mapping"));
  }

  @ParameterizedTest
  @MethodSource("dockwrightMistakes")
  void dockwrightConfig(String yaml, String message) {
    Repo repo = Repo.in(tmp).file(".dockwright.yaml", yaml);

    assertThatThrownBy(repo::load).isInstanceOf(ConfigException.class).hasMessage(message);
  }

  static Stream<Arguments> hadolintMistakes() {
    return Stream.of(
        arguments("ignore: [DL3008]\n",
            ".hadolint.yaml:1:1: unknown key 'ignore'; did you mean 'ignored'?"),
        arguments("trusted-registries: [docker.io]\n",
            ".hadolint.yaml:1:1: unknown key 'trusted-registries'; did you mean 'trustedRegistries'?"),
        arguments("severity: {DL3008: error}\n",
            ".hadolint.yaml:1:1: 'severity' is a dockwright key, not a hadolint one;"
                + " in a hadolint config write override: {error: [DL3001]}"),
        arguments("systemd: {cgroup: v2}\n",
            ".hadolint.yaml:1:1: 'systemd' is a dockwright key, not a hadolint one;"
                + " move the settings to a .dockwright.yaml"),
        arguments("override:\n  fatal: [DL3001]\n",
            ".hadolint.yaml:2:3: unknown key 'fatal' in 'override'; use one of error, info, style, warning"),
        arguments("override:\n  error: [DL3001]\n  warning: [DL3008, DL3001]\n",
            ".hadolint.yaml:3:21: 'DL3001' is already listed under override.error; keep it under one level only"),
        arguments("override:\n  error: DL3001\n",
            ".hadolint.yaml:2:10: 'override.error' must be a list, not a string;"
                + " write it as override: {error: [DL3001], warning: [DL3008]}"),
        arguments("override:\n  error: ['']\n",
            ".hadolint.yaml:2:11: an entry of 'override.error' is empty; name a rule or delete the entry"),
        arguments("failure-threshold: fatal\n",
            ".hadolint.yaml:1:20: 'fatal' is not a failure threshold; use error, warning, info, style, ignore or none"),
        arguments("no-fail: sometimes\n",
            ".hadolint.yaml:1:10: 'sometimes' is not true or false; write true or false"));
  }

  @ParameterizedTest
  @MethodSource("hadolintMistakes")
  void hadolintConfig(String yaml, String message) {
    Repo repo = Repo.in(tmp).file(".hadolint.yaml", yaml);

    assertThatThrownBy(repo::load).isInstanceOf(ConfigException.class).hasMessage(message);
  }
}
