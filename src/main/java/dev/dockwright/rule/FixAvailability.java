package dev.dockwright.rule;

/**
 * Whether a rule offers a fix (ruff's first axis; how safe each fix is, the second, is
 * {@link RuleInfo#fixSafety}). The test harness holds every rule to it: a rule declared {@link #ALWAYS}
 * offers a fix with every finding of its tests.
 */
public enum FixAvailability {
  /** The rule offers no fix. */
  NONE,
  /** Every finding comes with a fix. */
  ALWAYS,
  /** Some findings come with a fix; others (an invisible base, exec form, a script that does not parse) do not. */
  SOMETIMES
}
