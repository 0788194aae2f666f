package dev.dockwright.rules.systemd;

import dev.dockwright.fix.Applicability;
import dev.dockwright.fix.Fix;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.FixAvailability;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import dev.dockwright.semantic.CgroupEra;
import dev.dockwright.semantic.KnownInitImage.Inherited;

@RuleInfo(
    id = "DW2002",
    name = "missing-cgroup-volume",
    summary = "A cgroup v1 systemd image should declare `VOLUME [ \"/sys/fs/cgroup\" ]`",
    severity = Severity.WARNING,
    category = Category.SYSTEMD,
    fix = FixAvailability.SOMETIMES,
    fixSafety = Applicability.SAFE)
public final class MissingCgroupVolume implements Rule {
  static final String CGROUP = "/sys/fs/cgroup";

  @Override
  public void check(RuleContext context) {
    for (SystemdPack.Target t : SystemdPack.roots(context)) {
      if (t.image().era() != CgroupEra.V1 || t.state().declaresVolume(CGROUP)) {
        continue;
      }
      Inherited base = t.state().baseCgroupVolume();
      if (base == Inherited.PRESENT || base == Inherited.UNKNOWN && t.state().baseVisible()) {
        continue;
      }
      String message = "systemd image declares no `VOLUME [ \"/sys/fs/cgroup\" ]`, which systemd before 230 needs to"
          + " find the cgroup file system " + SystemdPack.eraNote(context, t.image());
      if (!t.state().baseVisible()) {
        context.reportAtMost(Severity.INFO, t.anchor(), message + "; " + t.state().notVisibleHint(), null);
        continue;
      }
      context.report(t.anchor(), message, Fix.safe("Add `VOLUME [ \"/sys/fs/cgroup\" ]`",
          SystemdPack.insertBeforeInit(context, t, "VOLUME [ \"/sys/fs/cgroup\" ]")));
    }
  }
}
