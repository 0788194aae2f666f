package dev.dockwright.rule;

import dev.dockwright.semantic.CgroupEra;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Configuration values rules may read. Built by the config layer; defaults when nothing is configured. */
public record Settings(
    List<String> trustedRegistries,
    Map<String, String> labelSchema,
    boolean strictLabels,
    CgroupEra.Setting systemdCgroup,
    Map<String, Map<String, Object>> ruleOptions) {

  public Settings {
    trustedRegistries = List.copyOf(trustedRegistries);
    labelSchema = Map.copyOf(labelSchema);
    ruleOptions = Map.copyOf(ruleOptions);
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
    return new Settings(trustedRegistries, labelSchema, strictLabels, setting, ruleOptions);
  }

  public Settings withTrustedRegistries(List<String> registries) {
    return new Settings(registries, labelSchema, strictLabels, systemdCgroup, ruleOptions);
  }
}
