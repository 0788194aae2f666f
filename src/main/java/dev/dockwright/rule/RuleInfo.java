package dev.dockwright.rule;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Everything about a rule except its logic. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {
  /** Stable identifier, never reused (e.g. {@code DW1000}). */
  String id();

  /** kebab-case name, also stable (e.g. {@code missing-stopsignal}). */
  String name();

  /** One line: what the rule checks. */
  String summary();

  Severity severity();

  Category category();

  /** Whether findings come with a fix: always, sometimes or never. */
  FixAvailability fix() default FixAvailability.NONE;

  /**
   * How safe the fixes the rule offers are, each of them one of these ({@code SAFE}, {@code UNSAFE},
   * {@code DISPLAY_ONLY}); empty when it offers none.
   */
  dev.dockwright.fix.Applicability[] fixSafety() default {};

  /** Codes of other tools this rule covers (hadolint {@code DL3020}, BuildKit {@code MaintainerDeprecated}). */
  String[] aliases() default {};

  /** Rules that are off unless selected (hadolint's "off" default severity). */
  boolean enabledByDefault() default true;

  /**
   * For a rule that wraps an external checker (ShellCheck): a regular expression matching the checker's own
   * codes ({@code SC\d{4}}). Findings reported with {@link RuleContext#reportExternal} carry such a code,
   * and pragmas ({@code # hadolint ignore=SC2086}) and ignore lists ({@code --ignore SC2086}) may name it
   * like an alias of the rule. Empty for ordinary rules.
   */
  String externalCodes() default "";

  /** The options the rule reads from the config; it may read no other ({@link RuleContext#option}). */
  RuleOption[] options() default {};
}
