package dev.dockwright.rules.systemd;

import dev.dockwright.fix.Applicability;
import dev.dockwright.fix.Fix;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.FixAvailability;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import dev.dockwright.semantic.ImageState;
import java.util.Optional;

@RuleInfo(
    id = "DW2013",
    name = "non-root-systemd",
    summary = "systemd as PID 1 must run as root: no USER in a systemd image",
    severity = Severity.ERROR,
    category = Category.SYSTEMD,
    fix = FixAvailability.SOMETIMES,
    fixSafety = Applicability.UNSAFE)
public final class NonRootSystemd implements Rule {
  @Override
  public void check(RuleContext context) {
    SystemdPack.Once once = new SystemdPack.Once();
    for (SystemdPack.Target t : SystemdPack.targets(context)) {
      Optional<ImageState.UserSetting> user = t.state().user();
      if (user.isEmpty() || user.get().value().isEmpty() || user.get().isRoot()) {
        continue;
      }
      var token = user.get().instruction().value().get();
      if (!once.first(token.range())) {
        continue;
      }
      String message = "`USER " + user.get().value().get() + "` makes the container start systemd as `"
          + user.get().value().get() + "`, but systemd as PID 1 must run as root: drop the USER and set `User=` in"
          + " the service units";
      boolean own = t.state().chain().stream().anyMatch(s -> s.instructions().contains(user.get().instruction()));
      if (own) {
        context.report(token.range(), message, Fix.unsafe("Remove the USER",
            SystemdPack.deleteInstruction(context, user.get().instruction())));
      } else {
        context.report(token.range(), message);
      }
    }
  }
}
