package dev.dockwright.rules.run;

import dev.dockwright.fix.Applicability;
import dev.dockwright.fix.Fix;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.FixAvailability;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;

@RuleInfo(
    id = "DW4007",
    name = "apt-get-missing-yes",
    summary = "`apt-get install` without `-y` stops at a confirmation prompt",
    severity = Severity.WARNING,
    category = Category.PACKAGES,
    fix = FixAvailability.SOMETIMES,
    fixSafety = Applicability.SAFE,
    aliases = {"DL3014"})
public final class AptGetMissingYes implements Rule {
  @Override
  public void check(RuleContext context) {
    for (RunScripts.Operation o : RunScripts.operations(context, RunScripts.APT_FAMILY, RunScripts.PROMPTING)) {
      if (!o.op().nonInteractive()) {
        MissingOption.reportPrompt(context, o, "-y", Fix::safe);
      }
    }
  }
}
