package dev.dockwright.rules.run;

import dev.dockwright.rule.Category;
import dev.dockwright.rule.OptionType;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.RuleOption;
import dev.dockwright.rule.Severity;
import dev.dockwright.shell.PackageManager;
import java.util.EnumSet;

@RuleInfo(
    id = "DW4016",
    name = "unpinned-yum-package",
    summary = "`yum install` should pin versions: `pkg-version`",
    severity = Severity.WARNING,
    category = Category.PACKAGES,
    aliases = {"DL3033"},
    options = @RuleOption(name = Pins.ALLOW_RANGES, type = OptionType.BOOLEAN, defaultValue = "false",
        summary = Pins.ALLOW_RANGES_SUMMARY))
public final class UnpinnedYumPackage implements Rule {
  @Override
  public void check(RuleContext context) {
    RpmPins.check(context, EnumSet.of(PackageManager.YUM));
  }
}
