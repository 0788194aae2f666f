package dev.dockwright.rule;

/** What kind of fix a rule can offer. The test harness checks that emitted fixes match this. */
public enum FixAvailability {
  /** The rule offers no fix. */
  NONE,
  /** The built image is provably the same, or the change is exactly what the rule demands. */
  SAFE,
  /** Probably intended, but may change behaviour: applied only with {@code --unsafe-fixes}. */
  UNSAFE,
  /** A suggestion a human must finish; never applied automatically. */
  DISPLAY_ONLY,
  /** Safe for some findings, unsafe for others. */
  SOMETIMES
}
