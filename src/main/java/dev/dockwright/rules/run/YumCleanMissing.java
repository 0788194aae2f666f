package dev.dockwright.rules.run;

import dev.dockwright.fix.Applicability;
import dev.dockwright.fix.Fix;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.FixAvailability;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import dev.dockwright.rules.run.MissingCleanup.HadolintCleanup;
import dev.dockwright.rules.run.MissingCleanup.HadolintRule;
import dev.dockwright.shell.PackageManager;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

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
  // yum is dnf since RHEL 8: its cache is dnf's
  private static final MissingCleanup.Spec SPEC = new MissingCleanup.Spec(EnumSet.of(PackageManager.YUM),
      MissingCleanup.INSTALLING, List.of("/var/cache/yum", "/var/cache/dnf", "/var/cache/libdnf5"), List.of(),
      m -> "yum clean all",
      new HadolintRule(Set.of("install"), List.of(new HadolintCleanup("yum", Set.of("clean", "all")),
          new HadolintCleanup("rm", Set.of("-rf", "/var/cache/yum/*"))), List.of()));

  @Override
  public void check(RuleContext context) {
    MissingCleanup.check(context, SPEC, Fix::safe);
  }
}
