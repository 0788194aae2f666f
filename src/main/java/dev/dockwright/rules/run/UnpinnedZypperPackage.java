package dev.dockwright.rules.run;

import dev.dockwright.rule.Category;
import dev.dockwright.rule.OptionType;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.RuleOption;
import dev.dockwright.rule.Severity;
import dev.dockwright.shell.PackageManager;
import dev.dockwright.shell.PackageVerb;
import java.util.EnumSet;

@RuleInfo(
    id = "DW4020",
    name = "unpinned-zypper-package",
    summary = "`zypper install` should pin versions: `pkg=version`",
    severity = Severity.WARNING,
    category = Category.PACKAGES,
    aliases = {"DL3037"},
    options = @RuleOption(name = Pins.ALLOW_RANGES, type = OptionType.BOOLEAN, defaultValue = "false",
        summary = Pins.ALLOW_RANGES_SUMMARY))
public final class UnpinnedZypperPackage implements Rule {
  /** hadolint: any {@code =}, {@code >} or {@code <} pins (every range), as does an {@code .rpm} file. */
  private static final Pins.Style STYLE = Pins.Style.of("NAME=<version>")
      .hadolintPins((op, r) -> Pins.writtenWithAny(r, "=", ">", "<") || Pins.written(r).endsWith(".rpm"));

  @Override
  public void check(RuleContext context) {
    Pins.check(context, RunScripts.operations(context, EnumSet.of(PackageManager.ZYPPER),
        EnumSet.of(PackageVerb.INSTALL)), STYLE);
  }
}
