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
import java.util.List;

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
  private static final Pins.Style STYLE = Pins.Style.of("NAME==<version>")
      .urls(UnpinnedPipPackage::vcsPinned, "append `@<tag or commit>` to the VCS URL")
      .hadolintPins(UnpinnedPipPackage::hadolintPinned);
  private static final List<String> HADOLINT_VERSION_SYMBOLS = List.of("==", ">=", "<=", ">", "<", "!=", "~=");

  @Override
  public void check(RuleContext context) {
    Pins.check(context, RunScripts.operations(context, EnumSet.of(PackageManager.PIP, PackageManager.PIPX),
        EnumSet.of(PackageVerb.INSTALL)).stream()
        .filter(o -> !o.op().hasOption("-c", "--constraint")) // the constraints file pins them
        .toList(), STYLE);
  }

  /**
   * hadolint skips a command with {@code -r} or a {@code .} argument and counts as pinned any version
   * operator (every range), a VCS URL with an {@code @} anywhere (the user of {@code git@host} too), a
   * {@code .whl} or {@code .tar.gz}, and any other argument with a {@code /}.
   */
  private static boolean hadolintPinned(PackageOperation op, PackageRef ref) {
    if (!op.requirementFiles().isEmpty() || op.invocation().args().stream().anyMatch(w -> w.isLiteral("."))) {
      return true;
    }
    String text = Pins.written(ref);
    boolean vcs = text.matches("(git|hg\\+|svn|bzr\\+).*");
    return HADOLINT_VERSION_SYMBOLS.stream().anyMatch(text::contains) || (vcs && text.contains("@"))
        || text.endsWith(".whl") || text.endsWith(".tar.gz") || (!vcs && text.contains("/"));
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
