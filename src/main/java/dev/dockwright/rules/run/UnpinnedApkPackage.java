package dev.dockwright.rules.run;

import dev.dockwright.rule.Category;
import dev.dockwright.rule.OptionType;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.RuleOption;
import dev.dockwright.rule.Severity;
import dev.dockwright.shell.PackageManager;
import dev.dockwright.shell.PackageRef;
import dev.dockwright.shell.PackageVerb;
import java.util.EnumSet;

@RuleInfo(
    id = "DW4010",
    name = "unpinned-apk-package",
    summary = "`apk add` should pin versions: `pkg=version` or `pkg~version`",
    severity = Severity.WARNING,
    category = Category.PACKAGES,
    aliases = {"DL3018"},
    options = @RuleOption(name = Pins.ALLOW_RANGES, type = OptionType.BOOLEAN, defaultValue = "false",
        summary = Pins.ALLOW_RANGES_SUMMARY))
public final class UnpinnedApkPackage implements Rule {
  /**
   * {@code pkg~1.2} (any 1.2.x; apk reads {@code ~=} and {@code =~} the same way) is accepted: Alpine removes
   * superseded package revisions from its mirrors, so an exact {@code pkg=1.2.3-r0} pin breaks the build
   * after the next security update.
   */
  private static final Pins.Style STYLE = Pins.Style.of("NAME=<version>")
      .acceptingRanges(UnpinnedApkPackage::fuzzy)
      .releaseNotPinned()
      // hadolint: any =, ~, > or < pins (every range), as does an .apk file
      .hadolintPins((op, r) -> !op.rawVerb().equals("add") || Pins.writtenWithAny(r, "=", "~", ">", "<")
          || Pins.written(r).endsWith(".apk"));

  private static boolean fuzzy(PackageRef ref) {
    return switch (ref.operator()) {
      case "~", "~=", "=~" -> true;
      default -> false;
    };
  }

  @Override
  public void check(RuleContext context) {
    Pins.check(context, RunScripts.operations(context, EnumSet.of(PackageManager.APK),
        EnumSet.of(PackageVerb.INSTALL)), STYLE);
  }
}
