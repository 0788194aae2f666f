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
import dev.dockwright.semantic.SystemdUnits;
import dev.dockwright.shell.Word;

@RuleInfo(
    id = "DW2018",
    name = "bashism-in-prune-loop",
    summary = "`[ $i == unit ]` in the pruning loop fails under dash, so the loop removes every link",
    severity = Severity.ERROR,
    category = Category.SYSTEMD,
    fix = FixAvailability.ALWAYS,
    fixSafety = Applicability.SAFE)
public final class BashismInPruneLoop implements Rule {
  @Override
  public void check(RuleContext context) {
    SystemdPack.Once once = new SystemdPack.Once();
    for (SystemdPack.Target t : SystemdPack.targets(context)) {
      for (SystemdUnits.Operation op : t.state().operations()) {
        if (!(op instanceof SystemdUnits.Prune p) || p.equality().isEmpty()
            || !t.state().runsUnderDash(p.shell())) {
          continue;
        }
        Word eq = p.equality().get();
        if (!once.first(eq.range())) {
          continue;
        }
        String kept = p.kept().isEmpty() ? "the unit it means to keep" : "`" + p.kept().get(0) + "`";
        context.report(eq.range(), "`==` is not POSIX: under dash (`/bin/sh` on " + t.state().distro().displayName()
            + ") the test fails with \"unexpected operator\", so the loop removes every link, " + kept
            + " included; use `=`", Fix.safe("Use `=`", Edit.replace(eq.range(), "=")));
      }
    }
  }
}
