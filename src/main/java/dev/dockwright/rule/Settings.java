package dev.dockwright.rule;

import dev.dockwright.semantic.CgroupEra;
import dev.dockwright.semantic.DockerIgnore;
import dev.dockwright.semantic.boot.RunMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Configuration values rules may read. Built by the config layer; defaults when nothing is configured.
 *
 * @param dockerignore the build context's ignore patterns for the file being linted. Rules never read
 *     files: the engine fills this in per file (see {@code Linter#withDockerignoreLocator}) from the
 *     {@code <Dockerfile>.dockerignore} or {@code .dockerignore} beside the Dockerfile; empty when there is
 *     none or the input has no path (standard input). Tests set it directly.
 * @param buildTarget the stage the image is built to ({@code target} in the config, {@code lint --target});
 *     empty: the last stage. Rules about what the shipped image carries look only at the stages it ships.
 * @param systemdRunMode how systemd images are run ({@code systemd.run-mode}, {@code --systemd-run-mode});
 *     empty: the image's run note, else docker --privileged
 * @param hadolintCompat {@code compat: hadolint} ({@code --compat hadolint}, implied by a {@code .hadolint.yaml}):
 *     where a rule differs from hadolint on purpose (rules/compat.md lists each place), it gives hadolint's
 *     verdict instead, so that a team that switches sees no new findings
 */
public record Settings(
    List<String> trustedRegistries,
    Map<String, String> labelSchema,
    boolean strictLabels,
    CgroupEra.Setting systemdCgroup,
    Map<String, Map<String, Object>> ruleOptions,
    Optional<DockerIgnore> dockerignore,
    Optional<String> buildTarget,
    Optional<RunMode> systemdRunMode,
    boolean hadolintCompat) {

  public Settings {
    trustedRegistries = List.copyOf(trustedRegistries);
    labelSchema = Map.copyOf(labelSchema);
    ruleOptions = Map.copyOf(ruleOptions);
    dockerignore = dockerignore == null ? Optional.empty() : dockerignore;
    buildTarget = buildTarget == null ? Optional.empty() : buildTarget;
    systemdRunMode = systemdRunMode == null ? Optional.empty() : systemdRunMode;
  }

  public Settings(List<String> trustedRegistries, Map<String, String> labelSchema, boolean strictLabels,
      CgroupEra.Setting systemdCgroup, Map<String, Map<String, Object>> ruleOptions,
      Optional<DockerIgnore> dockerignore) {
    this(trustedRegistries, labelSchema, strictLabels, systemdCgroup, ruleOptions, dockerignore, Optional.empty(),
        Optional.empty(), false);
  }

  /** Settings without ignore patterns (what the config layer builds; the engine adds them per file). */
  public Settings(List<String> trustedRegistries, Map<String, String> labelSchema, boolean strictLabels,
      CgroupEra.Setting systemdCgroup, Map<String, Map<String, Object>> ruleOptions) {
    this(trustedRegistries, labelSchema, strictLabels, systemdCgroup, ruleOptions, Optional.empty(),
        Optional.empty(), Optional.empty(), false);
  }

  public static Settings defaults() {
    return new Settings(List.of(), Map.of(), false, CgroupEra.Setting.AUTO, Map.of());
  }

  /** A per-rule option ({@code rules: {rule-name: {option: value}}} in the config file). */
  public Optional<Object> option(String ruleName, String option) {
    Map<String, Object> opts = ruleOptions.get(ruleName);
    return opts == null ? Optional.empty() : Optional.ofNullable(opts.get(option));
  }

  public Settings withSystemdCgroup(CgroupEra.Setting setting) {
    return new Settings(trustedRegistries, labelSchema, strictLabels, setting, ruleOptions, dockerignore,
        buildTarget, systemdRunMode, hadolintCompat);
  }

  /** Settings with these per-rule options, keyed by rule name, each value of its declared type. */
  public Settings withRuleOptions(Map<String, Map<String, Object>> options) {
    return new Settings(trustedRegistries, labelSchema, strictLabels, systemdCgroup, options, dockerignore,
        buildTarget, systemdRunMode, hadolintCompat);
  }

  public Settings withTrustedRegistries(List<String> registries) {
    return new Settings(registries, labelSchema, strictLabels, systemdCgroup, ruleOptions, dockerignore,
        buildTarget, systemdRunMode, hadolintCompat);
  }

  public Settings withLabelSchema(Map<String, String> schema, boolean strict) {
    return new Settings(trustedRegistries, schema, strict, systemdCgroup, ruleOptions, dockerignore,
        buildTarget, systemdRunMode, hadolintCompat);
  }

  public Settings withDockerignore(Optional<DockerIgnore> ignore) {
    return new Settings(trustedRegistries, labelSchema, strictLabels, systemdCgroup, ruleOptions, ignore,
        buildTarget, systemdRunMode, hadolintCompat);
  }

  /** Settings for an image built to {@code target} (a stage name); empty: the last stage. */
  public Settings withBuildTarget(Optional<String> target) {
    return new Settings(trustedRegistries, labelSchema, strictLabels, systemdCgroup, ruleOptions, dockerignore,
        target, systemdRunMode, hadolintCompat);
  }

  /** Settings that take hadolint's verdict where dockwright differs from it on purpose ({@code compat: hadolint}). */
  public Settings withHadolintCompat(boolean compat) {
    return new Settings(trustedRegistries, labelSchema, strictLabels, systemdCgroup, ruleOptions, dockerignore,
        buildTarget, systemdRunMode, compat);
  }

  /** Settings for systemd images run in {@code mode}; empty: as their run note says. */
  public Settings withSystemdRunMode(Optional<RunMode> mode) {
    return new Settings(trustedRegistries, labelSchema, strictLabels, systemdCgroup, ruleOptions, dockerignore,
        buildTarget, mode, hadolintCompat);
  }
}
