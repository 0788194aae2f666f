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
import dev.dockwright.semantic.Scope;
import dev.dockwright.semantic.Stage;
import dev.dockwright.semantic.VariableBinding;
import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.PackageManager;
import dev.dockwright.shell.PackageVerb;
import dev.dockwright.shell.Word;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@RuleInfo(
    id = "DW4024",
    name = "pip-missing-no-cache-dir",
    summary = "`pip install` without `--no-cache-dir` keeps pip's download cache in the layer",
    severity = Severity.WARNING,
    category = Category.PACKAGES,
    fix = FixAvailability.ALWAYS,
    fixSafety = Applicability.SAFE,
    aliases = {"DL3042"})
public final class PipMissingNoCacheDir implements Rule {
  private static final String VARIABLE = "PIP_NO_CACHE_DIR";
  /** The values hadolint's DL3042 takes for "set": pip's other ones turn the cache off too. */
  private static final Set<String> HADOLINT_TRUE = Set.of("1", "true", "True", "TRUE", "on", "On", "ON", "yes",
      "Yes", "YES");

  @Override
  public void check(RuleContext context) {
    boolean compat = context.settings().hadolintCompat();
    // pip's cache is ~/.cache/pip of whoever runs it: /root/.cache/pip, or a user's home
    Set<Stage> shipped = RunScripts.shippedStages(context, "/root/.cache/pip",
        "/home");
    for (Instruction.Run run : RunScripts.runs(context)) {
      if (!RunScripts.ships(context, shipped, run)) {
        continue; // a build stage: its cache never reaches the image
      }
      Scope scope = context.model().context(run).scope();
      List<RunScripts.RunScript> scripts = RunScripts.of(context.model(), run);
      if (setInEnvironment(scope, compat) || (compat ? Hadolint.mountWith(context.model(), run, ".cache/pip")
          || setInRun(scripts) : CacheMounts.coversSuffix(context.model(), run, "/.cache/pip", "/.cache")
          || pipCacheDirMounted(context, run, scope))) {
        continue;
      }
      // hadolint's DL3042 knows no clean-up; a clean-up before the install removes nothing it downloads
      int lastCleanup = compat ? -1 : scripts.stream()
          .flatMap(s -> s.script().cleanupCommands(PackageManager.PIP).stream())
          .mapToInt(i -> i.range().startOffset()).max().orElse(-1);
      for (RunScripts.Operation o : RunScripts.operations(scripts, EnumSet.of(PackageManager.PIP),
          EnumSet.of(PackageVerb.INSTALL))) {
        if (o.op().hasOption("--no-cache-dir") || o.op().range().startOffset() < lastCleanup
            || !compat && setForCommand(o)) {
          continue;
        }
        MissingOption.report(context, o, "--no-cache-dir", "`" + MissingOption.written(o.op()) + "` keeps its "
            + "download cache in this layer: add `--no-cache-dir` or set `ENV " + VARIABLE + "=1`", Fix::safe);
      }
    }
  }

  /**
   * pip turns the cache off for any value of the variable, even {@code 0} or {@code false} (for backwards
   * compatibility, says pip's {@code _handle_no_cache_dir}), and leaves it on for an empty one, which it
   * ignores. A value only known at build time is taken as set. hadolint takes only its true values.
   */
  private static boolean turnsCacheOff(Optional<String> value, boolean compat) {
    return compat ? value.map(HADOLINT_TRUE::contains).orElse(false) : value.map(v -> !v.isEmpty()).orElse(true);
  }

  /** ENV sets it for every RUN; an ARG only when it has a value (hadolint looks at ENV only). */
  private static boolean setInEnvironment(Scope scope, boolean compat) {
    Scope.Origin origin = scope.originOf(VARIABLE);
    if (origin == null) {
      return false;
    }
    VariableBinding binding = scope.lookup(VARIABLE);
    Optional<String> value = Optional.ofNullable(binding.value());
    if (origin == Scope.Origin.ENV || origin == Scope.Origin.INHERITED_ENV) {
      return turnsCacheOff(value, compat);
    }
    return !compat && binding.kind() == VariableBinding.Kind.DEFINED && turnsCacheOff(value, false);
  }

  /** {@code PIP_NO_CACHE_DIR=1 pip install}, {@code env PIP_NO_CACHE_DIR=1 pip ...}, or an earlier export. */
  private static boolean setForCommand(RunScripts.Operation o) {
    Invocation pip = o.op().invocation();
    if (pip.command().assignments().stream().anyMatch(a -> a.name().equals(VARIABLE)
        && turnsCacheOff(a.value().literalValue(), false))
        || pip.wrappers().stream().flatMap(w -> w.words().stream()).anyMatch(w -> assigns(w, false))) {
      return true;
    }
    return o.where().script().invocationsOf("export").stream()
        .filter(e -> e.range().endOffset() <= pip.range().startOffset())
        .anyMatch(e -> e.args().stream().anyMatch(w -> assigns(w, false)));
  }

  /** hadolint's DL3042: {@code PIP_NO_CACHE_DIR=} and one of its true values anywhere in the RUN. */
  private static boolean setInRun(List<RunScripts.RunScript> scripts) {
    return scripts.stream().flatMap(s -> s.script().invocations().stream()).anyMatch(i -> i.command().assignments()
        .stream().anyMatch(a -> a.name().equals(VARIABLE) && turnsCacheOff(a.value().literalValue(), true))
        || i.wrappers().stream().flatMap(w -> w.words().stream()).anyMatch(w -> assigns(w, true))
        || i.name().equals("export") && i.args().stream().anyMatch(w -> assigns(w, true)));
  }

  private static boolean assigns(Word w, boolean compat) {
    Optional<String> text = w.literalValue().or(() -> Optional.of(w.raw()));
    return text.get().startsWith(VARIABLE + "=") && turnsCacheOff(w.literalValue()
        .map(v -> v.substring(VARIABLE.length() + 1)), compat);
  }

  /** A cache mount on the directory {@code PIP_CACHE_DIR} points to. */
  private static boolean pipCacheDirMounted(RuleContext context, Instruction run, Scope scope) {
    VariableBinding dir = scope.lookup("PIP_CACHE_DIR");
    return dir.kind() == VariableBinding.Kind.DEFINED && CacheMounts.covers(context.model(), run, dir.value());
  }
}
