package dev.dockwright.rule;

import java.util.Locale;

/** How serious a finding is; ordered from most to least severe. */
public enum Severity {
  ERROR, WARNING, INFO, STYLE;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True when this severity is at least as severe as {@code threshold}. */
  public boolean atLeast(Severity threshold) {
    return ordinal() <= threshold.ordinal();
  }

  public static Severity parse(String text) {
    return valueOf(text.trim().toUpperCase(Locale.ROOT));
  }
}
