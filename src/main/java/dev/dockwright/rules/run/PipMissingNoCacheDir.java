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

  @Override
  public void check(RuleContext context) {
    // pip's cache is ~/.cache/pip of whoever runs it: /root/.cache/pip, or a user's home
    Set<Stage> shipped = RunScripts.shippedStages(context, "/root/.cache/pip",
        "/home");
    for (Instruction.Run run : RunScripts.runs(context)) {
      if (!RunScripts.ships(context, shipped, run)) {
        continue; // a build stage: its cache never reaches the image
      }
      Scope scope = context.model().context(run).scope();
      if (setInEnvironment(scope) || CacheMounts.coversSuffix(context.model(), run, "/.cache/pip", "/.cache")
          || pipCacheDirMounted(context, run, scope)) {
        continue;
      }
      List<RunScripts.RunScript> scripts = RunScripts.of(context.model(), run);
      if (scripts.stream().anyMatch(s -> s.script().packageOperations().stream()
          .anyMatch(o -> o.manager() == PackageManager.PIP && o.verb() == PackageVerb.CLEAN)
          || s.script().rmTargets().stream().anyMatch(rm -> rm.removesDirectory("/root/.cache/pip")
              || rm.removesDirectory("~/.cache/pip")))) {
        continue;
      }
      for (RunScripts.Operation o : RunScripts.operations(scripts, EnumSet.of(PackageManager.PIP),
          EnumSet.of(PackageVerb.INSTALL))) {
        if (o.op().hasOption("--no-cache-dir") || setForCommand(o)) {
          continue;
        }
        MissingOption.report(context, o, "--no-cache-dir", "`" + MissingOption.written(o.op()) + "` keeps its "
            + "download cache in this layer: add `--no-cache-dir` or set `ENV " + VARIABLE + "=1`", Fix::safe);
      }
    }
  }

  /**
   * ENV sets it for every RUN; an ARG only when it has a value. pip disables the cache for any value of the
   * variable (even {@code false}, for backwards compatibility).
   */
  private static boolean setInEnvironment(Scope scope) {
    Scope.Origin origin = scope.originOf(VARIABLE);
    if (origin == Scope.Origin.ENV || origin == Scope.Origin.INHERITED_ENV) {
      return true;
    }
    return origin != null && scope.lookup(VARIABLE).kind() == VariableBinding.Kind.DEFINED;
  }

  /** {@code PIP_NO_CACHE_DIR=1 pip install}, {@code env PIP_NO_CACHE_DIR=1 pip ...}, or an earlier export. */
  private static boolean setForCommand(RunScripts.Operation o) {
    Invocation pip = o.op().invocation();
    if (pip.command().assignments().stream().anyMatch(a -> a.name().equals(VARIABLE))
        || pip.wrappers().stream().flatMap(w -> w.words().stream()).anyMatch(PipMissingNoCacheDir::assigns)) {
      return true;
    }
    return o.where().script().invocationsOf("export").stream()
        .filter(e -> e.range().endOffset() <= pip.range().startOffset())
        .anyMatch(e -> e.args().stream().anyMatch(PipMissingNoCacheDir::assigns));
  }

  private static boolean assigns(Word w) {
    return w.literalValue().map(v -> v.startsWith(VARIABLE + "=")).orElse(w.raw().startsWith(VARIABLE + "="));
  }

  /** A cache mount on the directory {@code PIP_CACHE_DIR} points to. */
  private static boolean pipCacheDirMounted(RuleContext context, Instruction run, Scope scope) {
    VariableBinding dir = scope.lookup("PIP_CACHE_DIR");
    return dir.kind() == VariableBinding.Kind.DEFINED && CacheMounts.covers(context.model(), run, dir.value());
  }
}
