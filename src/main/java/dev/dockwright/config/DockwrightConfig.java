package dev.dockwright.config;

import dev.dockwright.rule.Settings;
import dev.dockwright.semantic.CgroupEra;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The settings of one run, from a config file and the {@code DOCKWRIGHT_*} environment (see
 * {@link ConfigLoader}); command-line options are layered on top by the CLI. Every value is validated;
 * enumerated values are kept in lower case. Rule references (ids, names or aliases such as
 * {@code DL3008}) are kept as written: the CLI checks them against the rule registry and can point at
 * where each came from with {@link #originOf}.
 *
 * @param select rules to run instead of the defaults; empty: the defaults
 * @param ignore rules not to run
 * @param severity rule reference to {@code error|warning|info|style|off}, in file order
 * @param failureThreshold {@code error|warning|info|style|none}; empty: the CLI's default
 * @param trustedRegistries registries FROM may pull from
 * @param labelSchema label name to {@code text|url|semver|hash|rfc3339|spdx|email}, in file order
 * @param strictLabels whether labels missing from {@code labelSchema} are findings
 * @param disableIgnorePragma whether inline {@code # dockwright ignore=}/{@code # hadolint ignore=} pragmas are ignored
 * @param systemdCgroup {@code v1|v2|auto}; empty: auto
 * @param systemdRunMode {@code docker-privileged|docker|podman|sysbox}; empty: as the image's run note says
 * @param target the stage the image is built to ({@code target:}); empty: the last stage
 * @param compat {@code hadolint} or {@code none} ({@code compat:}, {@code DOCKWRIGHT_COMPAT}); empty: {@code hadolint}
 *     for a {@code .hadolint.yaml}, else {@code none}
 * @param images image name to the Dockerfile that builds it, resolved against the config file's directory
 * @param rules per-rule options, keyed by the reference used in the file; values as YAML gives them
 *     (String, Integer, Boolean, List, Map), immutable
 * @param origins where each rule reference came from, as an error-message prefix: {@code path:line:col}
 *     or the environment variable; also where each rule option and its value are ({@link #originOfOption})
 * @param source the config file read, if any
 * @param format which kind of file {@code source} is
 */
public record DockwrightConfig(
    List<String> select,
    List<String> ignore,
    Map<String, String> severity,
    Optional<String> failureThreshold,
    List<String> trustedRegistries,
    Map<String, String> labelSchema,
    boolean strictLabels,
    boolean disableIgnorePragma,
    Optional<String> systemdCgroup,
    Optional<String> systemdRunMode,
    Optional<String> target,
    Optional<String> compat,
    Map<String, Path> images,
    Map<String, Map<String, Object>> rules,
    Map<String, String> origins,
    Optional<Path> source,
    Format format) {

  /** The kind of config file: dockwright's own, or a {@code .hadolint.yaml} read in its place. */
  public enum Format { DOCKWRIGHT, HADOLINT }

  public DockwrightConfig {
    select = List.copyOf(select);
    ignore = List.copyOf(ignore);
    severity = ordered(severity);
    Objects.requireNonNull(failureThreshold);
    trustedRegistries = List.copyOf(trustedRegistries);
    labelSchema = ordered(labelSchema);
    Objects.requireNonNull(systemdCgroup);
    Objects.requireNonNull(systemdRunMode);
    Objects.requireNonNull(target);
    Objects.requireNonNull(compat);
    images = ordered(images);
    Map<String, Map<String, Object>> frozen = new LinkedHashMap<>();
    rules.forEach((rule, options) -> frozen.put(rule, Collections.unmodifiableMap(freezeValues(options))));
    rules = Collections.unmodifiableMap(frozen);
    origins = ordered(origins);
    Objects.requireNonNull(source);
    Objects.requireNonNull(format);
  }

  /** No file, no environment: every default. */
  public static DockwrightConfig empty() {
    return new DockwrightConfig(List.of(), List.of(), Map.of(), Optional.empty(), List.of(), Map.of(), false, false,
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Map.of(), Map.of(), Map.of(),
        Optional.empty(), Format.DOCKWRIGHT);
  }

  /**
   * What rules read: registries, label schema, cgroup era, build target and run mode. Not the per-rule options:
   * {@code rules:} names rules by id, name or alias, which only the rule registry resolves (the engine's
   * {@code ConfigRules} checks them and gives them to the settings by rule name).
   */
  public Settings toSettings() {
    CgroupEra.Setting cgroup = systemdCgroup.map(CgroupEra.Setting::parse).orElse(CgroupEra.Setting.AUTO);
    return new Settings(trustedRegistries, labelSchema, strictLabels, cgroup, Map.of()).withBuildTarget(target)
        .withSystemdRunMode(systemdRunMode.flatMap(dev.dockwright.semantic.boot.RunMode::parse))
        .withHadolintCompat(hadolintCompat());
  }

  /**
   * Whether rules give hadolint's verdicts where dockwright differs from hadolint on purpose (rules/compat.md):
   * {@code compat: hadolint}, or a {@code .hadolint.yaml} read without a {@code compat} saying otherwise.
   */
  public boolean hadolintCompat() {
    return compat.map("hadolint"::equals).orElse(format == Format.HADOLINT);
  }

  /**
   * Where a rule reference was written, as a prefix for an error message:
   * {@code .dockwright.yaml:4:5} or {@code DOCKWRIGHT_IGNORE}. Empty when it was not in the config.
   */
  public Optional<String> originOf(String ruleReference) {
    return Optional.ofNullable(origins.get(ruleReference));
  }

  /**
   * Where an option under {@code rules:} was written: its key ({@code value} false) or its value, as an
   * error-message prefix. Empty when the config did not set it.
   */
  public Optional<String> originOfOption(String ruleReference, String option, boolean value) {
    return Optional.ofNullable(origins.get(optionKey(ruleReference, option, value)));
  }

  /** The key {@link #origins} holds an option's position under: no rule reference contains a NUL. */
  static String optionKey(String ruleReference, String option, boolean value) {
    return ruleReference + "\0" + option + (value ? "\0=" : "");
  }

  private static <V> Map<String, V> ordered(Map<String, V> map) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  private static Map<String, Object> freezeValues(Map<String, Object> map) {
    Map<String, Object> out = new LinkedHashMap<>();
    map.forEach((k, v) -> out.put(k, freeze(v)));
    return out;
  }

  /** Deep read-only copy of a YAML value; YAML nulls stay null. */
  @SuppressWarnings("unchecked")
  private static Object freeze(Object value) {
    if (value instanceof Map<?, ?> m) {
      return Collections.unmodifiableMap(freezeValues((Map<String, Object>) m));
    }
    if (value instanceof List<?> l) {
      List<Object> out = new ArrayList<>(l.size());
      l.forEach(v -> out.add(freeze(v)));
      return Collections.unmodifiableList(out);
    }
    return value;
  }
}
