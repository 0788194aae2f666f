package dev.dockwright.rules.run;

import dev.dockwright.ast.Instruction;
import dev.dockwright.fix.Applicability;
import dev.dockwright.fix.Fix;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.FixAvailability;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import dev.dockwright.semantic.Stage;
import dev.dockwright.shell.PackageManager;
import dev.dockwright.shell.PackageVerb;
import dev.dockwright.shell.RmInvocation;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

@RuleInfo(
    id = "DW4011",
    name = "apk-add-missing-no-cache",
    summary = "`apk add` without `--no-cache` keeps the package index in the layer",
    severity = Severity.INFO,
    category = Category.PACKAGES,
    fix = FixAvailability.ALWAYS,
    fixSafety = Applicability.SAFE,
    aliases = {"DL3019"})
public final class ApkAddMissingNoCache implements Rule {
  private static final String[] CACHE = {"/var/cache/apk", "/etc/apk/cache"};

  @Override
  public void check(RuleContext context) {
    Set<Stage> shipped = RunScripts.shippedStages(context, CACHE);
    for (Instruction.Run run : RunScripts.runs(context)) {
      if (!RunScripts.ships(context, shipped, run)) {
        continue; // a build stage: its index never reaches the image
      }
      List<RunScripts.RunScript> scripts = RunScripts.of(context.model(), run);
      if (CacheMounts.covers(context.model(), run, CACHE) || cleansCache(scripts)) {
        continue;
      }
      for (RunScripts.Operation o : RunScripts.operations(scripts, EnumSet.of(PackageManager.APK),
          EnumSet.of(PackageVerb.INSTALL))) {
        if (!o.op().hasOption("--no-cache")) {
          MissingOption.report(context, o, "--no-cache", "`apk add` without `--no-cache` keeps the package index "
              + "in this layer: add `--no-cache`", Fix::safe);
        }
      }
    }
  }

  /** {@code apk cache clean} or a recursive rm of the cache in the same RUN. */
  private static boolean cleansCache(List<RunScripts.RunScript> scripts) {
    for (RunScripts.RunScript s : scripts) {
      if (s.script().packageOperations().stream().anyMatch(o -> o.manager() == PackageManager.APK
          && o.verb() == PackageVerb.CLEAN)) {
        return true;
      }
      for (RmInvocation rm : s.script().rmTargets()) {
        if (rm.removesDirectory(CACHE[0])) {
          return true;
        }
      }
    }
    return false;
  }
}
