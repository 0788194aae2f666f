package dev.dockwright.rules.run;

import dev.dockwright.rule.Category;
import dev.dockwright.rule.OptionType;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.RuleOption;
import dev.dockwright.rule.Severity;
import dev.dockwright.shell.PackageManager;
import dev.dockwright.shell.PackageOperation;
import dev.dockwright.shell.PackageRef;
import dev.dockwright.shell.PackageVerb;
import java.util.EnumSet;

@RuleInfo(
    id = "DW4009",
    name = "unpinned-npm-package",
    summary = "`npm install <package>` should pin a version: `pkg@version`",
    severity = Severity.WARNING,
    category = Category.PACKAGES,
    aliases = {"DL3016"},
    options = @RuleOption(name = Pins.ALLOW_RANGES, type = OptionType.BOOLEAN, defaultValue = "false",
        summary = Pins.ALLOW_RANGES_SUMMARY))
public final class UnpinnedNpmPackage implements Rule {
  private static final Pins.Style STYLE = Pins.Style.of("NAME@<version>")
      .urls(UnpinnedNpmPackage::gitPinned, "append `#<commit or tag>` to the git URL")
      .hadolintPins(UnpinnedNpmPackage::hadolintPinned);

  @Override
  public void check(RuleContext context) {
    Pins.check(context, RunScripts.operations(context, EnumSet.of(PackageManager.NPM),
        EnumSet.of(PackageVerb.INSTALL)), STYLE);
  }

  /**
   * hadolint looks only at {@code npm install} (not {@code i}, {@code add}, {@code ci}) and counts any
   * {@code @} after the name as a pin: ranges and tags ({@code @^4.0}, {@code @latest}) too. A git URL
   * needs a {@code #}.
   */
  private static boolean hadolintPinned(PackageOperation op, PackageRef ref) {
    String text = Pins.written(ref);
    if (!op.rawVerb().equals("install")) {
      return true;
    }
    if (text.matches("git(\\+ssh|\\+https?)?://.*")) {
      return text.contains("#");
    }
    int nameEnd = text.startsWith("@") ? Math.max(text.indexOf('/'), 0) : 0;
    return text.indexOf('@', nameEnd) >= 0;
  }

  /** A git URL or GitHub shorthand names a commit or tag after {@code #}; tarball URLs name one file. */
  private static boolean gitPinned(PackageRef ref) {
    String url = ref.name();
    boolean git = url.startsWith("git") || url.matches("(github|gitlab|bitbucket|gist):.*") || !url.contains(":");
    return !git || url.indexOf('#') > 0;
  }
}
