package dev.dockwright.rule;

import java.util.List;
import java.util.Optional;

/**
 * A declared {@link RuleOption} as plain values (what the rule index stores).
 *
 * @param defaultValue as written in YAML; empty: the option has no default (the rule's page says what happens)
 */
public record OptionSpec(String name, OptionType type, String defaultValue, String pattern, String summary) {

  public static OptionSpec of(RuleOption option) {
    return new OptionSpec(option.name(), option.type(), option.defaultValue(), option.pattern(), option.summary());
  }

  /**
   * The option as rule pages and {@code dockwright rules} list it:
   * {@code `allow-ranges` (true or false; default `false`): accept version ranges such as `>=1.2` as pins}.
   */
  public String describe() {
    return "`" + name + "` (" + type.expected() + (defaultValue.isEmpty() ? "" : "; default `" + defaultValue + "`")
        + "): " + summary;
  }

  /** The default as the rule reads it; empty when there is none. */
  public Optional<Object> typedDefault() {
    return defaultValue.isEmpty() ? Optional.empty() : Optional.of(parse(defaultValue));
  }

  /**
   * The value a rule reads for what the YAML reader gave.
   *
   * @throws IllegalArgumentException naming what {@code yaml} is instead, for "must be ..., not ..."
   */
  public Object parse(Object yaml) {
    Object value = type.parse(yaml);
    if (!pattern.isEmpty()) {
      for (Object v : value instanceof List<?> l ? l : List.of(value)) {
        if (!String.valueOf(v).matches(pattern)) {
          throw new IllegalArgumentException(value instanceof List<?> ? "a list with '" + v + "' in it" : "'" + v + "'");
        }
      }
    }
    return value;
  }
}
