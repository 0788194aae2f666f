package dev.dockwright.rules.systemd;

import dev.dockwright.rule.Rule;
import java.util.List;

/** The systemd-as-PID-1 pack (DW2xxx). */
public final class SystemdRules {
  private SystemdRules() {}

  public static List<Rule> create() {
    return List.of();
  }
}
