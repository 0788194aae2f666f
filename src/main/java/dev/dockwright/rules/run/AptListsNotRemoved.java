package dev.dockwright.rules.run;

import dev.dockwright.ast.Argument;
import dev.dockwright.ast.Instruction;
import dev.dockwright.fix.Applicability;
import dev.dockwright.fix.Edit;
import dev.dockwright.fix.Fix;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.FixAvailability;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import dev.dockwright.semantic.DockerfileModel;
import dev.dockwright.semantic.Stage;
import dev.dockwright.semantic.StageReference;
import dev.dockwright.shell.PackageManager;
import dev.dockwright.shell.PackageVerb;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@RuleInfo(
    id = "DW4004",
    name = "apt-lists-not-removed",
    summary = "`apt-get update` leaves package lists in the layer unless the same `RUN` removes them",
    severity = Severity.INFO,
    category = Category.PACKAGES,
    fix = FixAvailability.SOMETIMES,
    fixSafety = Applicability.UNSAFE,
    aliases = {"DL3009"})
public final class AptListsNotRemoved implements Rule {
  private static final String LISTS = "/var/lib/apt/lists";
  private static final String CLEANUP = "rm -rf /var/lib/apt/lists/*";

  @Override
  public void check(RuleContext context) {
    DockerfileModel model = context.model();
    Set<Stage> shipped = RunScripts.shippedStages(context, LISTS);
    for (Instruction.Run run : RunScripts.runs(context)) {
      if (!RunScripts.ships(context, shipped, run)) {
        continue; // a build stage whose files do not reach the image
      }
      List<RunScripts.RunScript> scripts = RunScripts.of(model, run);
      List<RunScripts.Operation> apt = RunScripts.operations(scripts, RunScripts.APT_FAMILY,
          EnumSet.allOf(PackageVerb.class));
      Optional<RunScripts.Operation> update = apt.stream().filter(o -> o.op().verb() == PackageVerb.UPDATE)
          .findFirst();
      if (update.isEmpty() || CacheMounts.covers(model, run, LISTS)
          || scripts.stream().anyMatch(s -> s.script().hasCleanup(PackageManager.APT_GET))) {
        continue;
      }
      RunScripts.Operation last = apt.stream().max(Comparator.comparing(o -> o.op().range())).orElseThrow();
      String message = "`" + update.get().op().invocation().name() + " update` leaves the package lists in this "
          + "layer: end the `RUN` with `" + CLEANUP + "`";
      Optional<Edit> edit = MissingCleanup.topLevel(last) ? RunFixes.appendCommand(context, last.where(), CLEANUP) : Optional.empty();
      if (edit.isPresent()) {
        context.report(update.get().op().range(), message, Fix.unsafe("Append `&& " + CLEANUP + "`", edit.get()));
      } else {
        context.report(update.get().op().range(), message);
      }
    }
  }


}
