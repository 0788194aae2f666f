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
    id = "DW4019",
    name = "zypper-clean-missing",
    summary = "`zypper install` without `zypper clean` in the same `RUN` keeps the zypper cache in the layer",
    severity = Severity.WARNING,
    category = Category.PACKAGES,
    fix = FixAvailability.ALWAYS,
    fixSafety = Applicability.SAFE,
    aliases = {"DL3036"})
public final class ZypperCleanMissing implements Rule {
  private static final MissingCleanup.Spec SPEC = new MissingCleanup.Spec(EnumSet.of(PackageManager.ZYPPER),
      MissingCleanup.INSTALLING, List.of("/var/cache/zypp"), List.of(), m -> "zypper clean --all",
      new HadolintRule(Set.of("install", "in"), List.of(new HadolintCleanup("zypper", Set.of("clean", "cc"))),
          List.of("/var/cache/zypp")));

  @Override
  public void check(RuleContext context) {
    MissingCleanup.check(context, SPEC, Fix::safe);
  }
}
