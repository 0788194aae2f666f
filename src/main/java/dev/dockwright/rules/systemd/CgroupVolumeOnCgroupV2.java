package dev.dockwright.rules.systemd;

import dev.dockwright.fix.Applicability;
import dev.dockwright.fix.Edit;
import dev.dockwright.fix.Fix;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.FixAvailability;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import dev.dockwright.semantic.CgroupEra;
import dev.dockwright.semantic.ImageState;
import java.util.Optional;

@RuleInfo(
    id = "DW2020",
    name = "cgroup-volume-on-cgroup-v2",
    summary = "`VOLUME /sys/fs/cgroup` hides the cgroup v2 file system the runtime mounts",
    severity = Severity.ERROR,
    category = Category.SYSTEMD,
    fix = FixAvailability.SOMETIMES,
    fixSafety = Applicability.UNSAFE)
public final class CgroupVolumeOnCgroupV2 implements Rule {
  @Override
  public void check(RuleContext context) {
    SystemdPack.Once once = new SystemdPack.Once();
    for (SystemdPack.Target t : SystemdPack.targets(context)) {
      if (t.image().era() != CgroupEra.V2) {
        continue;
      }
      for (ImageState.VolumePath v : t.state().volumes()) {
        if (!v.path().equals("/sys/fs/cgroup") || !once.first(v.argument().range())) {
          continue;
        }
        String message = "`VOLUME /sys/fs/cgroup` puts an anonymous volume over the cgroup file system the runtime"
            + " mounts, so systemd cannot boot " + SystemdPack.eraNote(context, t.image());
        Optional<Edit> remove = SystemdPack.removeVolumePath(context, t, v);
        if (SystemdPack.eraGuessed(context, t)) {
          context.reportAtMost(Severity.INFO, v.argument().range(), message + "; " + t.state().notVisibleHint(),
              null);
        } else if (remove.isPresent()) {
          context.report(v.argument().range(), message, Fix.unsafe("Remove `/sys/fs/cgroup` from the VOLUME",
              remove.get()));
        } else {
          context.report(v.argument().range(), message);
        }
      }
    }
  }
}
