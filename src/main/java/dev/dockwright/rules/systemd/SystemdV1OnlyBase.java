package dev.dockwright.rules.systemd;

import dev.dockwright.rule.Category;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import dev.dockwright.semantic.Distro;

@RuleInfo(
    id = "DW2026",
    name = "systemd-v1-only-base",
    summary = "The base ships systemd before 230, which cannot boot on a cgroup v2 host",
    severity = Severity.INFO,
    category = Category.SYSTEMD)
public final class SystemdV1OnlyBase implements Rule {
  /** systemd 230 was the first to run on the unified (v2) cgroup hierarchy. */
  private static final int FIRST_CGROUP_V2 = 230;

  @Override
  public void check(RuleContext context) {
    SystemdPack.Once once = new SystemdPack.Once();
    for (SystemdPack.Target t : SystemdPack.targets(context)) {
      Distro d = t.state().distro();
      var at = t.state().base().token().range();
      if (d.systemdVersion().isEmpty() || d.systemdVersion().getAsInt() >= FIRST_CGROUP_V2 || !once.first(at)) {
        continue;
      }
      context.report(at, "`" + t.state().base().name() + "` ships systemd " + d.systemdVersion().getAsInt()
          + ", which cannot boot on a cgroup v2 host (the default of current Docker and Podman hosts): move to a"
          + " base with systemd 230 or later to run there");
    }
  }
}
