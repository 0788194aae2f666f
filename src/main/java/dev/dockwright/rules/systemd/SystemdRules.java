package dev.dockwright.rules.systemd;

import dev.dockwright.rule.Rule;
import java.util.List;

/** The systemd-as-PID-1 pack (DW2xxx), in the order of the specification. */
public final class SystemdRules {
  private SystemdRules() {}

  public static List<Rule> create() {
    return List.of(
        new MissingPrivilegedNote(),
        new LeftoverSysinitWants(),
        new MissingCgroupVolume(),
        new FakesystemdInstalled(),
        new ObsoleteFakesystemdSwap());
  }
}
