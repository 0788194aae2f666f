package dev.dockwright.rules.run;

import dev.dockwright.ast.Instruction;
import dev.dockwright.fix.Edit;
import dev.dockwright.fix.Fix;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.semantic.Stage;
import dev.dockwright.shell.PackageManager;
import dev.dockwright.shell.PackageVerb;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Package managers that keep downloaded packages or metadata in a cache: the RUN that installs must also
 * clean it (see {@code ShellScript.hasCleanup} for what counts), unless the cache directory is a cache mount.
 */
final class MissingCleanup {
  private MissingCleanup() {}

  /**
   * @param managers the managers checked together (dnf and microdnf)
   * @param verbs the verbs that fill the cache
   * @param cacheDirectories cache or tmpfs mounts on these (or a parent) exempt the RUN
   * @param cleanupOf the command that cleans up after a manager ({@code dnf clean all})
   */
  static void check(RuleContext context, Set<PackageManager> managers, Set<PackageVerb> verbs,
      List<String> cacheDirectories, Function<PackageManager, String> cleanupOf,
      BiFunction<String, Edit[], Fix> fix) {
    Set<Stage> shipped = RunScripts.shippedStages(context,
        cacheDirectories.toArray(String[]::new));
    for (Instruction.Run run : RunScripts.runs(context)) {
      if (!RunScripts.ships(context, shipped, run)) {
        continue; // a build stage: its cache never reaches the image
      }
      List<RunScripts.RunScript> scripts = RunScripts.of(context.model(), run);
      List<RunScripts.Operation> ops = RunScripts.operations(scripts, managers, verbs);
      if (ops.isEmpty() || CacheMounts.covers(context.model(), run, cacheDirectories.toArray(String[]::new))
          || scripts.stream().anyMatch(s -> managers.stream().anyMatch(m -> s.script().hasCleanup(m)))) {
        continue;
      }
      RunScripts.Operation first = ops.get(0);
      RunScripts.Operation last = ops.stream().max(Comparator.comparing(o -> o.op().range())).orElseThrow();
      String cleanup = cleanupOf.apply(last.op().manager());
      String message = "`" + MissingOption.written(first.op()) + "` leaves its cache in this layer: end the `RUN` "
          + "with `" + cleanup + "`";
      Optional<Edit> edit = topLevel(last) ? RunFixes.appendCommand(context, last.where(), cleanup)
          : Optional.empty();
      if (edit.isPresent()) {
        context.report(MissingOption.commandAndVerb(first.op()), message,
            fix.apply("Append `&& " + cleanup + "`", new Edit[] {edit.get()}));
      } else {
        context.report(MissingOption.commandAndVerb(first.op()), message);
      }
    }
  }

  /** The operation is in the RUN's own script, not in a nested {@code sh -c}. */
  static boolean topLevel(RunScripts.Operation o) {
    return o.op().invocation().script() == o.where().script() && o.op().invocation().wrappers().stream()
        .noneMatch(w -> w.name().endsWith(" -c") || w.name().endsWith(" <<"));
  }

  static final Set<PackageVerb> INSTALLING = Set.of(PackageVerb.INSTALL, PackageVerb.UPGRADE, PackageVerb.SWAP);
}
