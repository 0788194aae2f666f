package dev.dockwright.rules.run;

import dev.dockwright.fix.Applicability;
import dev.dockwright.fix.Fix;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.FixAvailability;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import dev.dockwright.shell.Option;
import dev.dockwright.shell.PackageManager;
import dev.dockwright.shell.PackageVerb;
import java.util.EnumSet;

@RuleInfo(
    id = "DW4008",
    name = "apt-get-missing-no-install-recommends",
    summary = "`apt-get install` without `--no-install-recommends` also installs recommended packages",
    severity = Severity.INFO,
    category = Category.PACKAGES,
    fix = FixAvailability.ALWAYS,
    fixSafety = Applicability.UNSAFE,
    aliases = {"DL3015"})
public final class AptGetMissingNoInstallRecommends implements Rule {
  @Override
  public void check(RuleContext context) {
    for (RunScripts.Operation o : RunScripts.operations(context, EnumSet.of(PackageManager.APT_GET,
        PackageManager.APT), EnumSet.of(PackageVerb.INSTALL))) {
      if (o.op().hasOption("--no-install-recommends") || o.op().options().stream()
          .anyMatch(AptGetMissingNoInstallRecommends::disablesRecommends)) {
        continue;
      }
      MissingOption.report(context, o, "--no-install-recommends", "`" + MissingOption.written(o.op())
          + "` also installs the packages these recommend: add `--no-install-recommends`", Fix::unsafe);
    }
  }

  private static boolean disablesRecommends(Option o) {
    return o.is("-o", "--option") && o.value().map(v -> v.matches("(?i)APT::Install-Recommends=(false|0|no)"))
        .orElse(false);
  }
}
