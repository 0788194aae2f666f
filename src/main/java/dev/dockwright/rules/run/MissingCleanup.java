package dev.dockwright.rules.run;

import dev.dockwright.ast.Instruction;
import dev.dockwright.fix.Edit;
import dev.dockwright.fix.Fix;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.semantic.Stage;
import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.PackageManager;
import dev.dockwright.shell.PackageVerb;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Package managers that keep downloaded packages or metadata in a cache: the RUN that installs must also
 * clean it (see {@code ShellScript.cleanupCommands} for what counts) after the last command that fills it,
 * unless the cache directory is a cache or tmpfs mount. Checked per manager: {@code microdnf clean all} does
 * not clean after {@code dnf install}.
 */
final class MissingCleanup {
  private MissingCleanup() {}

  /**
   * What one rule checks.
   *
   * @param managers the managers checked together (dnf and microdnf)
   * @param verbs the verbs that fill the cache
   * @param cacheDirectories cache or tmpfs mounts on these (or a parent) exempt the RUN
   * @param cacheSuffixes cache or tmpfs mounts on a path ending so exempt it too ({@code /.cache/yarn} of any home)
   * @param cleanupOf the command that cleans up after a manager ({@code dnf clean all})
   * @param hadolint hadolint's rule, for {@code compat: hadolint}
   */
  record Spec(Set<PackageManager> managers, Set<PackageVerb> verbs, List<String> cacheDirectories,
      List<String> cacheSuffixes, Function<PackageManager, String> cleanupOf, HadolintRule hadolint) {}

  /**
   * hadolint's reading: a command with one of {@code installWords} fills the cache, one matching a {@code
   * cleanups} entry cleans it when it comes after the first install, and a cache or tmpfs mount whose target
   * contains one of {@code mountFragments} exempts the RUN.
   */
  record HadolintRule(Set<String> installWords, List<HadolintCleanup> cleanups, List<String> mountFragments) {}

  /** A command named {@code name} (empty: the installing manager's own) with one of {@code words}. */
  record HadolintCleanup(String name, Set<String> words) {}

  static void check(RuleContext context, Spec spec, BiFunction<String, Edit[], Fix> fix) {
    String[] cacheDirectories = spec.cacheDirectories().toArray(String[]::new);
    Set<Stage> shipped = RunScripts.shippedStages(context, cacheDirectories);
    boolean compat = context.settings().hadolintCompat();
    for (Instruction.Run run : RunScripts.runs(context)) {
      if (!RunScripts.ships(context, shipped, run)) {
        continue; // a build stage: its cache never reaches the image
      }
      List<RunScripts.RunScript> scripts = RunScripts.of(context.model(), run);
      List<RunScripts.Operation> ops = RunScripts.operations(scripts, spec.managers(), spec.verbs()).stream()
          .filter(o -> !compat || Hadolint.hasArg(o.op().invocation(), spec.hadolint().installWords()))
          .toList();
      if (ops.isEmpty() || mounted(context, run, spec, compat)) {
        continue;
      }
      Optional<RunScripts.Operation> uncleaned = spec.managers().stream()
          .map(m -> firstUncleaned(scripts, ops.stream().filter(o -> o.op().manager() == m).toList(), m, spec,
              compat))
          .flatMap(Optional::stream)
          .min(Comparator.comparingInt(o -> o.op().range().startOffset()));
      if (uncleaned.isEmpty()) {
        continue;
      }
      RunScripts.Operation first = uncleaned.get();
      RunScripts.Operation last = ops.stream().max(Comparator.comparing(o -> o.op().range())).orElseThrow();
      String cleanup = spec.cleanupOf().apply(last.op().manager());
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

  private static boolean mounted(RuleContext context, Instruction.Run run, Spec spec, boolean compat) {
    if (compat) {
      return spec.hadolint().mountFragments().stream().anyMatch(f -> Hadolint.mountWith(context.model(), run, f));
    }
    return CacheMounts.covers(context.model(), run, spec.cacheDirectories().toArray(String[]::new))
        || CacheMounts.coversSuffix(context.model(), run, spec.cacheSuffixes().toArray(String[]::new));
  }

  /**
   * The first of a manager's operations that no clean-up follows. hadolint compares the first install with
   * the first clean-up only, so under compat a clean-up before it fails and one after it is enough.
   */
  private static Optional<RunScripts.Operation> firstUncleaned(List<RunScripts.RunScript> scripts,
      List<RunScripts.Operation> ops, PackageManager manager, Spec spec, boolean compat) {
    if (ops.isEmpty()) {
      return Optional.empty();
    }
    List<Invocation> cleanups = new ArrayList<>();
    for (RunScripts.RunScript s : scripts) {
      if (compat) {
        String own = ops.get(0).op().invocation().name();
        s.script().invocations().stream().filter(i -> spec.hadolint().cleanups().stream()
            .anyMatch(c -> Hadolint.hasArg(i, c.name().isEmpty() ? own : c.name(), c.words())))
            .forEach(cleanups::add);
      } else {
        cleanups.addAll(s.script().cleanupCommands(manager));
      }
    }
    if (compat) {
      int firstInstall = ops.get(0).op().range().startOffset();
      int firstCleanup = cleanups.stream().mapToInt(i -> i.range().startOffset()).min().orElse(-1);
      return firstCleanup > firstInstall ? Optional.empty() : Optional.of(ops.get(0));
    }
    int lastCleanup = cleanups.stream().mapToInt(i -> i.range().startOffset()).max().orElse(-1);
    return ops.stream().filter(o -> o.op().range().startOffset() > lastCleanup).findFirst();
  }

  /** The operation is in the RUN's own script, not in a nested {@code sh -c}. */
  static boolean topLevel(RunScripts.Operation o) {
    return o.op().invocation().script() == o.where().script() && o.op().invocation().wrappers().stream()
        .noneMatch(w -> w.name().endsWith(" -c") || w.name().endsWith(" <<"));
  }

  static final Set<PackageVerb> INSTALLING = Set.of(PackageVerb.INSTALL, PackageVerb.UPGRADE, PackageVerb.SWAP);
}
