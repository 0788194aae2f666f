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
import dev.dockwright.shell.PackageVerb;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

@RuleInfo(
    id = "DW4028",
    name = "yarn-cache-clean-missing",
    summary = "`yarn install` without `yarn cache clean` in the same `RUN` keeps the yarn cache in the layer",
    severity = Severity.INFO,
    category = Category.PACKAGES,
    fix = FixAvailability.ALWAYS,
    fixSafety = Applicability.SAFE,
    aliases = {"DL3060"})
public final class YarnCacheCleanMissing implements Rule {
  // yarn 1 caches in ~/.cache/yarn, /usr/local/share/.cache/yarn for root; yarn 2+ in ~/.yarn/berry/cache
  private static final MissingCleanup.Spec SPEC = new MissingCleanup.Spec(EnumSet.of(PackageManager.YARN),
      EnumSet.of(PackageVerb.INSTALL), List.of("/usr/local/share/.cache/yarn", "/root/.cache/yarn",
          "/root/.yarn/berry/cache"), List.of("/.cache/yarn", "/.yarn/berry/cache"), m -> "yarn cache clean",
      new HadolintRule(Set.of("install"), List.of(new HadolintCleanup("yarn", Set.of("cache", "clean"))),
          List.of(".cache/yarn")));

  @Override
  public void check(RuleContext context) {
    MissingCleanup.check(context, SPEC, Fix::safe);
  }
}
