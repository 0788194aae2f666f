package dev.dockwright.rules.run;

import dev.dockwright.rule.Category;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import dev.dockwright.shell.PackageManager;
import dev.dockwright.shell.PackageVerb;
import java.util.EnumSet;

@RuleInfo(
    id = "DW4018",
    name = "zypper-dist-upgrade",
    summary = "`zypper dist-upgrade` in a `RUN` upgrades the base image's distribution",
    severity = Severity.WARNING,
    category = Category.PACKAGES,
    aliases = {"DL3035"})
public final class ZypperDistUpgrade implements Rule {
  @Override
  public void check(RuleContext context) {
    for (RunScripts.Operation o : RunScripts.operations(context, EnumSet.of(PackageManager.ZYPPER),
        EnumSet.of(PackageVerb.UPGRADE))) {
      String verb = o.op().rawVerb();
      if (verb.equals("dist-upgrade") || verb.equals("dup")) {
        context.report(MissingOption.commandAndVerb(o.op()), "`zypper " + verb + "` moves the image to whatever "
            + "the repositories hold today: use a newer base image, or `zypper update` for the packages you need");
      }
    }
  }
}
