package dev.dockwright.rules.systemd;

import dev.dockwright.fix.Applicability;
import dev.dockwright.fix.Fix;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.FixAvailability;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import dev.dockwright.semantic.SystemdUnits;
import java.util.List;

@RuleInfo(
    id = "DW2024",
    name = "machine-id-baked",
    summary = "A generated `/etc/machine-id` left in the image is shared by every container",
    severity = Severity.WARNING,
    category = Category.SYSTEMD,
    fix = FixAvailability.SOMETIMES,
    fixSafety = Applicability.SAFE)
public final class MachineIdBaked implements Rule {
  @Override
  public void check(RuleContext context) {
    SystemdPack.Once once = new SystemdPack.Once();
    for (SystemdPack.Target t : SystemdPack.targets(context)) {
      List<SystemdUnits.Operation> ops = t.state().operations();
      SystemdUnits.MachineIdWrite last = null;
      for (SystemdUnits.Operation op : ops) {
        if (op instanceof SystemdUnits.MachineIdWrite w) {
          last = w;
        } else if (op instanceof SystemdUnits.MachineIdClear) {
          last = null;
        }
      }
      if (last == null || !once.first(last.range())) {
        continue;
      }
      String message = "`" + last.invocation().commandWord().raw() + "` writes `/etc/machine-id` into"
          + " the image, so every container shares one machine ID (journal, D-Bus, DHCP client ID): empty it in"
          + " the last RUN";
      if (!SystemdPack.posixShellAtEnd(context, t)) {
        context.report(last.range(), message);
        continue;
      }
      context.report(last.range(), message, Fix.safe("Empty `/etc/machine-id` in a last RUN",
          SystemdPack.runAfterLastRun(context, t, ": > /etc/machine-id")));
    }
  }
}
