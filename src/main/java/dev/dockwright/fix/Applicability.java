package dev.dockwright.fix;

/** How safe a fix is (ruff's model). */
public enum Applicability {
  /** The built image is provably the same, or the change is exactly what the rule demands. */
  SAFE,
  /** Probably intended, may change behaviour: only with {@code --unsafe-fixes}. */
  UNSAFE,
  /** A suggestion a human must finish: shown, never applied. */
  DISPLAY_ONLY
}
