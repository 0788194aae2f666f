package dev.dockwright.rules.run;

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
import dev.dockwright.shell.PackageManager;
import dev.dockwright.shell.PackageVerb;
import java.util.Comparator;
import java.util.EnumSet;
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
    boolean compat = context.settings().hadolintCompat();
    Set<Stage> shipped = RunScripts.shippedStages(context, LISTS);
    for (Instruction.Run run : RunScripts.runs(context)) {
      if (!RunScripts.ships(context, shipped, run)) {
        continue; // a build stage whose files do not reach the image
      }
      List<RunScripts.RunScript> scripts = RunScripts.of(model, run);
      List<RunScripts.Operation> apt = RunScripts.operations(scripts, RunScripts.APT_FAMILY,
          EnumSet.allOf(PackageVerb.class));
      Optional<RunScripts.Operation> update = compat ? hadolintUncleaned(scripts, apt)
          : uncleanedUpdate(scripts, apt);
      if (update.isEmpty() || (compat ? hadolintMounted(model, run) : CacheMounts.covers(model, run, LISTS))) {
        continue;
      }
      RunScripts.Operation last = apt.stream().max(Comparator.comparing(o -> o.op().range())).orElseThrow();
      String message = "`" + update.get().op().invocation().name() + " update` leaves the package lists in this "
          + "layer: end the `RUN` with `" + CLEANUP + "`";
      Optional<Edit> edit = MissingCleanup.topLevel(last) ? RunFixes.appendCommand(context, last.where(), CLEANUP)
          : Optional.empty();
      if (edit.isPresent()) {
        context.report(update.get().op().range(), message, Fix.unsafe("Append `&& " + CLEANUP + "`", edit.get()));
      } else {
        context.report(update.get().op().range(), message);
      }
    }
  }

  /** The first {@code update} that no removal of the lists follows: one before it removes nothing it writes. */
  private static Optional<RunScripts.Operation> uncleanedUpdate(List<RunScripts.RunScript> scripts,
      List<RunScripts.Operation> apt) {
    int lastCleanup = scripts.stream().flatMap(s -> s.script().cleanupCommands(PackageManager.APT_GET).stream())
        .mapToInt(i -> i.range().startOffset()).max().orElse(-1);
    return apt.stream().filter(o -> o.op().verb() == PackageVerb.UPDATE)
        .filter(o -> o.op().range().startOffset() > lastCleanup).findFirst();
  }

  /** hadolint's DL3009: an {@code update} and no {@code rm} with a word {@code -rf} or the lists' glob, anywhere. */
  private static Optional<RunScripts.Operation> hadolintUncleaned(List<RunScripts.RunScript> scripts,
      List<RunScripts.Operation> apt) {
    boolean cleaned = scripts.stream().flatMap(s -> s.script().invocations().stream())
        .anyMatch(i -> Hadolint.hasArg(i, "rm", Set.of("-rf", LISTS + "/*")));
    return cleaned ? Optional.empty() : apt.stream().filter(o -> o.op().verb() == PackageVerb.UPDATE).findFirst();
  }

  /** hadolint's DL3009: a mount on the lists, or mounts on both {@code /var/lib/apt} and {@code /var/cache/apt}. */
  private static boolean hadolintMounted(DockerfileModel model, Instruction.Run run) {
    return Hadolint.mountWith(model, run, LISTS)
        || Hadolint.mountWith(model, run, "/var/lib/apt") && Hadolint.mountWith(model, run, "/var/cache/apt");
  }
}
