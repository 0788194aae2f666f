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
import dev.dockwright.semantic.ImageState;
import java.util.Optional;
import java.util.Set;

@RuleInfo(
    id = "DW2021",
    name = "runtime-dirs-as-volume",
    summary = "`VOLUME /run`, `/run/lock` or `/tmp` keeps stale runtime state across restarts: use `--tmpfs`",
    severity = Severity.WARNING,
    category = Category.SYSTEMD,
    fix = FixAvailability.SOMETIMES,
    fixSafety = Applicability.UNSAFE)
public final class RuntimeDirsAsVolume implements Rule {
  /** {@code /var/run} and {@code /var/lock} are links to {@code /run} and {@code /run/lock}. */
  private static final Set<String> RUNTIME = Set.of("/run", "/run/lock", "/tmp", "/var/run", "/var/lock");

  @Override
  public void check(RuleContext context) {
    SystemdPack.Once once = new SystemdPack.Once();
    for (SystemdPack.Target t : SystemdPack.targets(context)) {
      for (ImageState.VolumePath v : t.state().volumes()) {
        if (!RUNTIME.contains(v.path()) || !once.first(v.argument().range())) {
          continue;
        }
        String message = "`VOLUME " + v.path() + "` keeps PID files, sockets and locks across restarts, where systemd"
            + " expects an empty tmpfs: use `--tmpfs " + v.path() + "` in the run line instead";
        Optional<Edit> remove = SystemdPack.removeVolumePath(context, t, v);
        if (remove.isPresent()) {
          context.report(v.argument().range(), message, Fix.unsafe("Remove `" + v.path() + "` from the VOLUME",
              remove.get()));
        } else {
          context.report(v.argument().range(), message);
        }
      }
    }
  }
}
