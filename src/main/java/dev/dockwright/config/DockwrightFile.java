package dev.dockwright.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.dockwright.semantic.CgroupEra;
import java.util.List;
import java.util.Map;

/** A {@code .dockwright.yaml} exactly as written; absent keys are {@code null}. Bound by {@link ConfigParser}. */
record DockwrightFile(
    List<String> select,
    List<String> ignore,
    Map<String, Choices.Level> severity,
    @JsonProperty("failure-threshold") Choices.Threshold failureThreshold,
    @JsonProperty("trusted-registries") List<String> trustedRegistries,
    @JsonProperty("label-schema") Map<String, Choices.LabelType> labelSchema,
    @JsonProperty("strict-labels") Boolean strictLabels,
    @JsonProperty("disable-ignore-pragma") Boolean disableIgnorePragma,
    Systemd systemd,
    String target,
    Choices.Compat compat,
    Map<String, String> images,
    Map<String, Map<String, Object>> rules) {

  /** {@code systemd: {cgroup: v1|v2|auto, run-mode: docker-privileged|docker|podman|sysbox}}. */
  record Systemd(CgroupEra.Setting cgroup, @JsonProperty("run-mode") String runMode) {}

  /** One example per key, for "write it as ..." in error messages. */
  static final Map<String, String> EXAMPLES = Map.ofEntries(
      Map.entry("select", "select: [DL3008, latest-tag]"),
      Map.entry("ignore", "ignore: [DL3008, latest-tag]"),
      Map.entry("severity", "severity: {DL3008: warning}"),
      Map.entry("failure-threshold", "failure-threshold: warning"),
      Map.entry("trusted-registries", "trusted-registries: [docker.io, ghcr.io]"),
      Map.entry("label-schema", "label-schema: {maintainer: email}"),
      Map.entry("strict-labels", "strict-labels: true"),
      Map.entry("disable-ignore-pragma", "disable-ignore-pragma: true"),
      Map.entry("systemd", "systemd: {cgroup: v2, run-mode: podman}"),
      Map.entry("target", "target: runtime"),
      Map.entry("compat", "compat: hadolint"),
      Map.entry("images", "images: {centos7-systemd: base/Dockerfile}"),
      Map.entry("rules", "rules: {rule-name: {option: value}}"));

  /** hadolint keys whose dockwright spelling is no near miss, with what to write instead. */
  static final Map<String, String> HADOLINT_ONLY = Map.of(
      "override", "in a dockwright config write severity: {DL3001: error}",
      "no-fail", "in a dockwright config write failure-threshold: none",
      "no-color", "pass --no-color or set NO_COLOR",
      "format", "pass --format",
      "output-file", "pass --output",
      "verbose", "delete it");
}
