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
    id = "DW4003",
    name = "unpinned-apt-package",
    summary = "`apt-get install` should pin versions: `pkg=version`",
    severity = Severity.WARNING,
    category = Category.PACKAGES,
    aliases = {"DL3008"},
    options = @RuleOption(name = Pins.ALLOW_RANGES, type = OptionType.BOOLEAN, defaultValue = "false",
        summary = Pins.ALLOW_RANGES_SUMMARY))
public final class UnpinnedAptPackage implements Rule {
  /** hadolint looks only at {@code apt-get install}, and any {@code =} pins there ({@code pkg=1.*} too). */
  private static final Pins.Style STYLE = Pins.Style.of("NAME=<version>")
      .hadolintPins((op, r) -> op.manager() != PackageManager.APT_GET || !op.rawVerb().equals("install")
          || Pins.writtenWithAny(r, "=", "/") || Pins.written(r).endsWith(".deb"));

  @Override
  public void check(RuleContext context) {
    Pins.check(context, RunScripts.operations(context, RunScripts.APT_FAMILY,
        EnumSet.of(PackageVerb.INSTALL)), STYLE);
  }
}
