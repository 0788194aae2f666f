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
    id = "DW4029",
    name = "unpinned-go-install",
    summary = "`go install` and `go get` should pin a version: `pkg@v1.2.3`",
    severity = Severity.WARNING,
    category = Category.PACKAGES,
    aliases = {"DL3062"},
    options = @RuleOption(name = Pins.ALLOW_RANGES, type = OptionType.BOOLEAN, defaultValue = "false",
        summary = Pins.ALLOW_RANGES_SUMMARY))
public final class UnpinnedGoInstall implements Rule {
  /** hadolint: any {@code @} pins except {@code @latest} and {@code @none}, so a branch ({@code @main}) passes. */
  private static final Pins.Style STYLE = Pins.Style.of("NAME@<version>")
      .hadolintPins((op, r) -> Pins.written(r).contains("@") && !Pins.written(r).endsWith("@latest")
          && !Pins.written(r).endsWith("@none"));

  @Override
  public void check(RuleContext context) {
    Pins.check(context, RunScripts.operations(context, EnumSet.of(PackageManager.GO),
        EnumSet.of(PackageVerb.INSTALL)), STYLE);
  }
}
