package dev.dockwright.engine;

import dev.dockwright.config.DockwrightConfig;
import dev.dockwright.config.Suggestions;
import dev.dockwright.rule.OptionSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The rules a config file selects, ignores and re-rates, read one way for the command line and the language
 * server. A code no rule has is an error in a dockwright config, at its line; in a hadolint config it is
 * skipped (those often list ShellCheck codes, or checks dockwright covers differently). ShellCheck's own codes
 * ({@code SC2086}) name no rule but are ignored one by one.
 *
 * <p>{@code options} are the config's {@code rules:} section checked against what each rule declares, keyed by
 * rule name, each value of its declared type: a rule named by id, name or alias, an option the rule does not
 * declare, a value of the wrong type, or one option set twice (under two names of the rule) is an error at the
 * line where it is written, with a suggestion.
 */
public record ConfigRules(List<String> select, List<String> ignore, Map<String, String> severity,
    Map<String, Map<String, Object>> options) {

  /**
   * @param skipped told, for each code a hadolint config names that no rule has, a message such as
   *     {@code .hadolint.yaml:3:5: skipping 'DL9999': no dockwright rule has this code}
   * @throws IllegalArgumentException for a code no rule has in a dockwright config, saying where it is
   */
  public static ConfigRules of(RuleRegistry registry, DockwrightConfig config, Consumer<String> skipped) {
    List<String> external = config.ignore().stream()
        .filter(c -> registry.findAll(c).isEmpty() && registry.ownerOfExternalCode(c).isPresent()).toList();
    List<String> ignore = new ArrayList<>(known(registry, config, config.ignore().stream()
        .filter(c -> !external.contains(c)).toList(), skipped));
    ignore.addAll(external);
    Map<String, String> severity = new LinkedHashMap<>();
    for (var e : config.severity().entrySet()) {
      if (!known(registry, config, List.of(e.getKey()), skipped).isEmpty()) {
        severity.put(e.getKey(), e.getValue());
      }
    }
    return new ConfigRules(known(registry, config, config.select(), skipped), List.copyOf(ignore),
        Collections.unmodifiableMap(severity), options(registry, config));
  }

  private static Map<String, Map<String, Object>> options(RuleRegistry registry, DockwrightConfig config) {
    Map<String, Map<String, Object>> out = new LinkedHashMap<>();
    Map<String, String> setAt = new HashMap<>();
    config.rules().forEach((reference, options) -> {
      String where = config.originOf(reference).map(o -> o + ": ").orElse("");
      List<RuleDescriptor> rules = registry.findAll(reference);
      if (rules.isEmpty()) {
        throw new IllegalArgumentException(where + registry.unknownRule(reference));
      }
      options.forEach((option, value) -> {
        String keyAt = config.originOfOption(reference, option, false).orElse(where);
        String valueAt = config.originOfOption(reference, option, true).orElse(keyAt);
        List<RuleDescriptor> declaring = rules.stream().filter(r -> r.option(option).isPresent()).toList();
        if (declaring.isEmpty()) {
          throw new IllegalArgumentException(keyAt + ": " + unknownOption(reference, rules, option));
        }
        for (RuleDescriptor rule : declaring) {
          OptionSpec spec = rule.option(option).orElseThrow();
          Object typed;
          try {
            typed = spec.parse(value);
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(valueAt + ": option '" + option + "' of " + rule.name() + " must be "
                + spec.type().expected() + ", not " + e.getMessage() + "; " + example(spec));
          }
          String earlier = setAt.putIfAbsent(rule.name() + "\0" + option, keyAt);
          if (earlier != null) {
            throw new IllegalArgumentException(keyAt + ": option '" + option + "' of " + rule.name()
                + " is already set at " + earlier + "; keep one of the two");
          }
          out.computeIfAbsent(rule.name(), r -> new LinkedHashMap<>()).put(option, typed);
        }
      });
    });
    Map<String, Map<String, Object>> frozen = new LinkedHashMap<>();
    out.forEach((rule, options) -> frozen.put(rule, Collections.unmodifiableMap(options)));
    return Collections.unmodifiableMap(frozen);
  }

  /** "unknown option 'allow-range' for unpinned-pip-package (DW4006); did you mean 'allow-ranges'?" */
  private static String unknownOption(String reference, List<RuleDescriptor> rules, String option) {
    String named = rules.size() == 1 ? rules.get(0).name() + " (" + rules.get(0).id() + ")" : "'" + reference + "'";
    List<String> declared = rules.stream().flatMap(r -> r.options().stream()).map(OptionSpec::name).distinct()
        .sorted().toList();
    if (declared.isEmpty()) {
      return "unknown option '" + option + "': " + named + " has no options; delete it";
    }
    return "unknown option '" + option + "' for " + named + Suggestions.nearest(option, declared)
        .map(s -> "; did you mean '" + s + "'?").orElseGet(() -> "; use " + String.join(", ", declared));
  }

  /** How to write the option: {@code write it as allow-ranges: true}. */
  private static String example(OptionSpec spec) {
    String value = switch (spec.type()) {
      case BOOLEAN -> "true";
      case POSITIVE_INTEGER -> spec.defaultValue().isEmpty() ? "10" : spec.defaultValue();
      case PROGRAM -> "/usr/bin/shellcheck";
      case LIST -> "[SC2086, SC2034]";
    };
    return "write it as " + spec.name() + ": " + value;
  }

  private static List<String> known(RuleRegistry registry, DockwrightConfig config, List<String> codes,
      Consumer<String> skipped) {
    List<String> out = new ArrayList<>();
    for (String code : codes) {
      if (!registry.findAll(code).isEmpty()) {
        out.add(code);
        continue;
      }
      String where = config.originOf(code).map(o -> o + ": ").orElse("");
      if (config.format() == DockwrightConfig.Format.HADOLINT) {
        skipped.accept(where + "skipping '" + code + "': no dockwright rule has this code");
        continue;
      }
      throw new IllegalArgumentException(where + registry.unknownRule(code));
    }
    return List.copyOf(out);
  }
}
