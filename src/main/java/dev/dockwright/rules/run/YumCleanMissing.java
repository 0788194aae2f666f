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
import java.util.List;

@RuleInfo(
    id = "DW4015",
    name = "yum-clean-missing",
    summary = "`yum install` without `yum clean all` in the same `RUN` keeps the yum cache in the layer",
    severity = Severity.WARNING,
    category = Category.PACKAGES,
    fix = FixAvailability.ALWAYS,
    fixSafety = Applicability.SAFE,
    aliases = {"DL3032"})
public final class YumCleanMissing implements Rule {
  @Override
  public void check(RuleContext context) {
    MissingCleanup.check(context, EnumSet.of(PackageManager.YUM), MissingCleanup.INSTALLING,
        List.of("/var/cache/yum"), m -> "yum clean all", Fix::safe);
  }
}
