package dev.dockwright.config;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A {@code .hadolint.yaml} exactly as written (hadolint 2.x keys); absent keys are {@code null}.
 * {@code no-color}, {@code verbose}, {@code format} and {@code output-file} are accepted so that a
 * working hadolint config loads, and then ignored: they are output settings, given on the command line.
 */
record HadolintFile(
    List<String> ignored,
    SeverityOverrides override,
    @JsonProperty("failure-threshold") Choices.HadolintThreshold failureThreshold,
    @JsonProperty("trustedRegistries") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
    List<String> trustedRegistries,
    @JsonProperty("label-schema") Map<String, Choices.LabelType> labelSchema,
    @JsonProperty("strict-labels") Boolean strictLabels,
    @JsonProperty("disable-ignore-pragma") Boolean disableIgnorePragma,
    @JsonProperty("no-fail") Boolean noFail,
    @JsonProperty("no-color") Boolean noColor,
    Boolean verbose,
    String format,
    @JsonProperty("output-file") String outputFile) {

  /** {@code override: {error: [DL3001], warning: [...], info: [...], style: [...]}}. */
  record SeverityOverrides(List<String> error, List<String> warning, List<String> info, List<String> style) {}

  static final Map<String, String> EXAMPLES = Map.ofEntries(
      Map.entry("ignored", "ignored: [DL3008, SC2086]"),
      Map.entry("override", "override: {error: [DL3001], warning: [DL3008]}"),
      Map.entry("failure-threshold", "failure-threshold: warning"),
      Map.entry("trustedRegistries", "trustedRegistries: [docker.io, ghcr.io]"),
      Map.entry("label-schema", "label-schema: {maintainer: email}"),
      Map.entry("strict-labels", "strict-labels: true"),
      Map.entry("disable-ignore-pragma", "disable-ignore-pragma: true"),
      Map.entry("no-fail", "no-fail: true"),
      Map.entry("no-color", "no-color: true"),
      Map.entry("verbose", "verbose: true"),
      Map.entry("format", "format: tty"),
      Map.entry("output-file", "output-file: hadolint.txt"));

  /** Top-level keys only hadolint has: a config with one of these (and no dockwright-only key) is a hadolint config. */
  static final List<String> OWN_KEYS =
      List.of("ignored", "override", "trustedRegistries", "no-fail", "no-color", "verbose", "format", "output-file");

  /** dockwright keys whose hadolint spelling is no near miss, with what to write instead. */
  static final Map<String, String> DOCKWRIGHT_ONLY = Map.of(
      "severity", "in a hadolint config write override: {error: [DL3001]}",
      "select", "move the settings to a .dockwright.yaml",
      "systemd", "move the settings to a .dockwright.yaml",
      "images", "move the settings to a .dockwright.yaml",
      "rules", "move the settings to a .dockwright.yaml",
      "compat", "delete it: reading a .hadolint.yaml already gives hadolint's verdicts");
}
