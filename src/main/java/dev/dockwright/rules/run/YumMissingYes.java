package dev.dockwright.rules.run;

import dev.dockwright.fix.Applicability;
import dev.dockwright.fix.Fix;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.FixAvailability;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import dev.dockwright.shell.PackageManager;
import java.util.EnumSet;
import java.util.Set;

@RuleInfo(
    id = "DW4014",
    name = "yum-missing-yes",
    summary = "`yum install` without `-y` stops at a confirmation prompt",
    severity = Severity.WARNING,
    category = Category.PACKAGES,
    fix = FixAvailability.SOMETIMES,
    fixSafety = Applicability.SAFE,
    aliases = {"DL3030"})
public final class YumMissingYes implements Rule {
  /** hadolint asks for {@code -y} only where one of the words is one of these. */
  private static final Set<String> HADOLINT_VERBS = Set.of("install", "groupinstall", "localinstall");

  @Override
  public void check(RuleContext context) {
    for (RunScripts.Operation o : RunScripts.operations(context, EnumSet.of(PackageManager.YUM),
        RunScripts.RPM_PROMPTING)) {
      if (!o.op().nonInteractive()
          && (!context.settings().hadolintCompat() || Hadolint.hasArg(o.op().invocation(), HADOLINT_VERBS))) {
        MissingOption.reportPrompt(context, o, "-y", Fix::safe);
      }
    }
  }
}
