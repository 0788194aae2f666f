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
    id = "DW4006",
    name = "unpinned-pip-package",
    summary = "`pip install` and `pipx install` should pin versions: `pkg==version`, a requirements file or a "
        + "constraints file",
    severity = Severity.WARNING,
    category = Category.PACKAGES,
    aliases = {"DL3013"},
    options = @RuleOption(name = Pins.ALLOW_RANGES, type = OptionType.BOOLEAN, defaultValue = "false",
        summary = Pins.ALLOW_RANGES_SUMMARY))
public final class UnpinnedPipPackage implements Rule {
  private static final Pins.Style STYLE = new Pins.Style("NAME==<version>", Pins.NONE, true,
      UnpinnedPipPackage::vcsPinned, "append `@<tag or commit>` to the VCS URL", Pins.NONE);

  @Override
  public void check(RuleContext context) {
    Pins.check(context, RunScripts.operations(context, EnumSet.of(PackageManager.PIP, PackageManager.PIPX),
        EnumSet.of(PackageVerb.INSTALL)).stream()
        .filter(o -> !o.op().hasOption("-c", "--constraint")) // the constraints file pins them
        .toList(), STYLE);
  }

  /** {@code git+https://host/x/y.git@v1.0}: a ref after the last path segment (not the user of {@code git@host}). */
  private static boolean vcsPinned(PackageRef ref) {
    String url = ref.name();
    if (!url.matches("(git|hg|svn|bzr)\\+.*")) {
      return true; // a plain URL of an archive or wheel names one file
    }
    int hash = url.indexOf('#');
    String path = hash < 0 ? url : url.substring(0, hash);
    return path.substring(path.lastIndexOf('/') + 1).indexOf('@') > 0;
  }
}
