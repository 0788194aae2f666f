package dev.dockwright.rules.run;

import dev.dockwright.fix.Applicability;
import dev.dockwright.fix.Edit;
import dev.dockwright.fix.Fix;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.FixAvailability;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import dev.dockwright.shell.PackageManager;
import dev.dockwright.shell.PackageOperation;
import dev.dockwright.shell.PackageVerb;
import java.util.EnumSet;
import java.util.Set;

@RuleInfo(
    id = "DW4012",
    name = "apt-instead-of-apt-get",
    summary = "`apt` is meant for people at a terminal; scripts use `apt-get` or `apt-cache`",
    severity = Severity.WARNING,
    category = Category.PACKAGES,
    fix = FixAvailability.SOMETIMES,
    fixSafety = Applicability.UNSAFE,
    aliases = {"DL3027"})
public final class AptInsteadOfAptGet implements Rule {
  /** Verbs apt-get has with the same meaning; {@code upgrade} differs (apt installs new dependencies). */
  private static final Set<String> SAME_IN_APT_GET = Set.of("install", "reinstall", "remove", "purge", "autoremove",
      "update", "clean", "autoclean");
  private static final Set<String> APT_CACHE = Set.of("search", "show", "showsrc", "depends", "rdepends", "policy",
      "madison");

  @Override
  public void check(RuleContext context) {
    for (RunScripts.Operation o : RunScripts.operations(context, EnumSet.of(PackageManager.APT),
        EnumSet.allOf(PackageVerb.class))) {
      PackageOperation op = o.op();
      String replacement = APT_CACHE.contains(op.rawVerb()) ? "apt-cache" : "apt-get";
      String message = "`apt` has no stable command-line interface and warns when used in scripts: use `"
          + replacement + "`";
      if (SAME_IN_APT_GET.contains(op.rawVerb()) && !o.where().isExecForm()) {
        context.report(op.invocation().commandWord().range(), message, Fix.unsafe("Use `apt-get`",
            Edit.insert(op.invocation().commandWord().range().endOffset(), "-get")));
      } else {
        context.report(op.invocation().commandWord().range(), message);
      }
    }
  }
}
