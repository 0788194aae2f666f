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
    boolean compat = context.settings().hadolintCompat();
    Set<Stage> shipped = RunScripts.shippedStages(context, CACHE);
    for (Instruction.Run run : RunScripts.runs(context)) {
      if (!RunScripts.ships(context, shipped, run)) {
        continue; // a build stage: its index never reaches the image
      }
      List<RunScripts.RunScript> scripts = RunScripts.of(context.model(), run);
      // hadolint's DL3019 knows no clean-up, only --no-cache and a mount whose target contains /var/cache/apk
      if (compat ? Hadolint.mountWith(context.model(), run, CACHE[0]) : CacheMounts.covers(context.model(), run,
          CACHE)) {
        continue;
      }
      int lastCleanup = compat ? -1 : scripts.stream()
          .flatMap(s -> s.script().cleanupCommands(PackageManager.APK).stream())
          .mapToInt(i -> i.range().startOffset()).max().orElse(-1);
      for (RunScripts.Operation o : RunScripts.operations(scripts, EnumSet.of(PackageManager.APK),
          EnumSet.of(PackageVerb.INSTALL))) {
        // an `apk cache clean` or rm of the cache after the add removes what it wrote
        if (!o.op().hasOption("--no-cache") && o.op().range().startOffset() > lastCleanup) {
          MissingOption.report(context, o, "--no-cache", "`apk add` without `--no-cache` keeps the package index "
              + "in this layer: add `--no-cache`", Fix::safe);
        }
      }
    }
  }
}
