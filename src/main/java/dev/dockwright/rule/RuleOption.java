package dev.dockwright.rule;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One option a rule reads from the config ({@code rules: {rule: {option: value}}}), declared in
 * {@link RuleInfo#options()}. The config layer rejects options a rule does not declare and values of the wrong
 * type, at the line where they are written; the rule's page lists each under {@code ## Options}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface RuleOption {
  /** kebab-case, as written in the config ({@code allow-ranges}). */
  String name();

  OptionType type();

  /** The value when the config gives none, written as in YAML ({@code false}, {@code 10}); empty: none. */
  String defaultValue() default "";

  /** A regular expression each value (each entry of a list) must match in full; empty: any value of the type. */
  String pattern() default "";

  /** One line: what the option changes. */
  String summary();
}
