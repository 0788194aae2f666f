package dev.dockwright.rules.systemd;

import dev.dockwright.fix.Applicability;
import dev.dockwright.fix.Fix;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.FixAvailability;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import dev.dockwright.semantic.KnownInitImage.Inherited;

@RuleInfo(
    id = "DW2005",
    name = "missing-stopsignal",
    summary = "A systemd image should set `STOPSIGNAL SIGRTMIN+3`",
    severity = Severity.WARNING,
    category = Category.SYSTEMD,
    fix = FixAvailability.SOMETIMES,
    fixSafety = Applicability.SAFE)
public final class MissingStopsignal implements Rule {
  @Override
  public void check(RuleContext context) {
    for (SystemdPack.Target t : SystemdPack.roots(context)) {
      if (t.state().stopSignal().isPresent()) {
        continue; // wrong-stopsignal judges the value
      }
      Inherited base = t.state().baseStopSignal();
      if (base == Inherited.PRESENT || base == Inherited.UNKNOWN && t.state().baseVisible()) {
        continue;
      }
      String message = "systemd image sets no `STOPSIGNAL`: `docker stop` sends SIGTERM, which makes systemd"
          + " re-execute itself instead of shutting down, so it is killed after the timeout (exit 137, no"
          + " `ExecStop`)";
      if (!t.state().baseVisible()) {
        context.reportAtMost(Severity.INFO, t.anchor(), message + "; " + t.state().notVisibleHint(), null);
        continue;
      }
      context.report(t.anchor(), message, Fix.safe("Add `STOPSIGNAL SIGRTMIN+3`",
          SystemdPack.insertBeforeInit(context, t, "STOPSIGNAL SIGRTMIN+3")));
    }
  }
}
