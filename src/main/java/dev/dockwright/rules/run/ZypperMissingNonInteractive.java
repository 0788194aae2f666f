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
    id = "DW4017",
    name = "zypper-missing-non-interactive",
    summary = "`zypper install` without `-y` or `--non-interactive` stops at a confirmation prompt",
    severity = Severity.WARNING,
    category = Category.PACKAGES,
    fix = FixAvailability.ALWAYS,
    fixSafety = Applicability.SAFE,
    aliases = {"DL3034"})
public final class ZypperMissingNonInteractive implements Rule {
  /** hadolint asks for {@code -n} only where one of the words is one of these. */
  private static final Set<String> HADOLINT_VERBS = Set.of("install", "in", "remove", "rm", "source-install", "si",
      "patch");

  @Override
  public void check(RuleContext context) {
    for (RunScripts.Operation o : RunScripts.operations(context, EnumSet.of(PackageManager.ZYPPER),
        RunScripts.PROMPTING)) {
      if (!o.op().nonInteractive()
          && (!context.settings().hadolintCompat() || Hadolint.hasArg(o.op().invocation(), HADOLINT_VERBS))) {
        MissingOption.reportPrompt(context, o, "-y", Fix::safe);
      }
    }
  }
}
