package dev.dockwright.config;

import dev.dockwright.semantic.CgroupEra;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code DOCKWRIGHT_*} variables, which replace what the config file says. A variable that is unset,
 * empty or blank counts as not given. Lists are separated by commas and/or whitespace.
 */
final class EnvironmentOverrides {
  static final String CONFIG = "DOCKWRIGHT_CONFIG";
  static final String FAILURE_THRESHOLD = "DOCKWRIGHT_FAILURE_THRESHOLD";
  static final String SELECT = "DOCKWRIGHT_SELECT";
  static final String IGNORE = "DOCKWRIGHT_IGNORE";
  static final String TRUSTED_REGISTRIES = "DOCKWRIGHT_TRUSTED_REGISTRIES";
  static final String SYSTEMD_CGROUP = "DOCKWRIGHT_SYSTEMD_CGROUP";
  static final String SYSTEMD_RUN_MODE = "DOCKWRIGHT_SYSTEMD_RUN_MODE";
  static final String COMPAT = "DOCKWRIGHT_COMPAT";

  private EnvironmentOverrides() {}

  static DockwrightConfig apply(DockwrightConfig c, Map<String, String> env) {
    Optional<List<String>> select = list(env, SELECT);
    Optional<List<String>> ignore = list(env, IGNORE);
    Optional<List<String>> registries = list(env, TRUSTED_REGISTRIES);
    Optional<String> threshold = value(env, FAILURE_THRESHOLD).map(v -> choice(FAILURE_THRESHOLD, Choices.Threshold.class, v));
    Optional<String> cgroup = value(env, SYSTEMD_CGROUP).map(v -> choice(SYSTEMD_CGROUP, CgroupEra.Setting.class, v));
    Optional<String> runMode = value(env, SYSTEMD_RUN_MODE).map(v -> dev.dockwright.semantic.boot.RunMode.parse(v)
        .map(dev.dockwright.semantic.boot.RunMode::id).orElseThrow(() -> new ConfigException(SYSTEMD_RUN_MODE,
            "'" + v + "' is not a run mode", "use " + dev.dockwright.semantic.boot.RunMode.choices())));
    Optional<String> compat = value(env, COMPAT).map(v -> choice(COMPAT, Choices.Compat.class, v));
    if (select.isEmpty() && ignore.isEmpty() && registries.isEmpty() && threshold.isEmpty() && cgroup.isEmpty()
        && runMode.isEmpty() && compat.isEmpty()) {
      return c;
    }
    Map<String, String> origins = new LinkedHashMap<>(c.origins());
    select.ifPresent(rules -> rules.forEach(r -> origins.put(r, SELECT)));
    ignore.ifPresent(rules -> rules.forEach(r -> origins.put(r, IGNORE)));
    return new DockwrightConfig(select.orElse(c.select()), ignore.orElse(c.ignore()), c.severity(),
        threshold.or(c::failureThreshold), registries.orElse(c.trustedRegistries()), c.labelSchema(),
        c.strictLabels(), c.disableIgnorePragma(), cgroup.or(c::systemdCgroup),
        runMode.or(c::systemdRunMode), c.target(), compat.or(c::compat), c.images(), c.rules(), origins,
        c.source(), c.format());
  }

  static Optional<String> value(Map<String, String> env, String name) {
    return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
  }

  private static Optional<List<String>> list(Map<String, String> env, String name) {
    return value(env, name).map(v -> Arrays.stream(v.split("[,\\s]+")).filter(s -> !s.isEmpty()).toList())
        .filter(l -> !l.isEmpty());
  }

  private static <E extends Enum<E>> String choice(String variable, Class<E> type, String value) {
    E parsed = Choices.parse(type, value).orElseThrow(() -> new ConfigException(variable,
        "'" + value + "' is not " + Choices.noun(type).orElseThrow(), "use " + Choices.listed(type)));
    return Choices.name(parsed);
  }
}
