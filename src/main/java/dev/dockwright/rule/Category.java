package dev.dockwright.rule;

/** Groups of rules, for documentation and SARIF tags. */
public enum Category {
  SYNTAX, SYSTEMD, BASE_IMAGE, STAGES, INSTRUCTIONS, SHELL, PACKAGES, SECURITY, LABELS, STYLE, META
}
