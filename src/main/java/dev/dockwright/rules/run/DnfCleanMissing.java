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
    id = "DW4022",
    name = "dnf-clean-missing",
    summary = "`dnf install` without `dnf clean all` in the same `RUN` keeps the dnf cache in the layer",
    severity = Severity.WARNING,
    category = Category.PACKAGES,
    fix = FixAvailability.ALWAYS,
    fixSafety = Applicability.SAFE,
    aliases = {"DL3040"})
public final class DnfCleanMissing implements Rule {
  private static final MissingCleanup.Spec SPEC = new MissingCleanup.Spec(
      EnumSet.of(PackageManager.DNF, PackageManager.MICRODNF), MissingCleanup.INSTALLING,
      List.of("/var/cache/dnf", "/var/cache/libdnf5", "/var/cache/yum"), List.of(),
      m -> m == PackageManager.MICRODNF ? "microdnf clean all" : "dnf clean all",
      new HadolintRule(Set.of("install", "in", "upgrade", "up", "upgrade-minimal", "up-min", "reinstall", "rei"),
          List.of(new HadolintCleanup("", Set.of("clean", "all")),
              new HadolintCleanup("rm", Set.of("-rf", "/var/cache/libdnf5*"))),
          List.of("/var/cache/libdnf5", ".cache/libdnf5")));

  @Override
  public void check(RuleContext context) {
    MissingCleanup.check(context, SPEC, Fix::safe);
  }
}
