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
    id = "DW4022",
    name = "dnf-clean-missing",
    summary = "`dnf install` without `dnf clean all` in the same `RUN` keeps the dnf cache in the layer",
    severity = Severity.WARNING,
    category = Category.PACKAGES,
    fix = FixAvailability.ALWAYS,
    fixSafety = Applicability.SAFE,
    aliases = {"DL3040"})
public final class DnfCleanMissing implements Rule {
  @Override
  public void check(RuleContext context) {
    MissingCleanup.check(context, EnumSet.of(PackageManager.DNF, PackageManager.MICRODNF),
        MissingCleanup.INSTALLING, List.of("/var/cache/dnf", "/var/cache/yum"),
        m -> m == PackageManager.MICRODNF ? "microdnf clean all" : "dnf clean all", Fix::safe);
  }
}
