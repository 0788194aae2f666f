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
import dev.dockwright.shell.PackageVerb;
import java.util.EnumSet;
import java.util.List;

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
  @Override
  public void check(RuleContext context) {
    MissingCleanup.check(context, EnumSet.of(PackageManager.YARN), EnumSet.of(PackageVerb.INSTALL),
        List.of("/usr/local/share/.cache/yarn", "/root/.cache/yarn", "/root/.yarn/berry/cache"),
        m -> "yarn cache clean", Fix::safe);
  }
}
