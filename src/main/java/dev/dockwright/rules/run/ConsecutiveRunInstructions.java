package dev.dockwright.rules.run;

import dev.dockwright.ast.Flag;
import dev.dockwright.ast.Instruction;
import dev.dockwright.fix.Applicability;
import dev.dockwright.fix.Fix;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.FixAvailability;
import dev.dockwright.rule.RelatedLocation;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import dev.dockwright.rules.edit.Edits;
import dev.dockwright.semantic.DockerfileModel;
import dev.dockwright.semantic.Stage;
import dev.dockwright.shell.ShellScript;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

@RuleInfo(
    id = "DW4027",
    name = "consecutive-run-instructions",
    summary = "Consecutive `RUN` instructions in one stage could be one layer",
    severity = Severity.INFO,
    category = Category.INSTRUCTIONS,
    fix = FixAvailability.SOMETIMES,
    fixSafety = Applicability.UNSAFE,
    aliases = {"DL3059"})
public final class ConsecutiveRunInstructions implements Rule {
  /** A RUN chaining more commands than this was split off on purpose (hadolint's heuristic). */
  private static final int DELIBERATE_COMMANDS = 2;

  @Override
  public void check(RuleContext context) {
    DockerfileModel model = context.model();
    for (Stage stage : model.stages()) {
      Instruction.Run previous = null;
      for (Instruction i : stage.instructions()) {
        if (!(i instanceof Instruction.Run run)) {
          previous = null; // any other instruction, ONBUILD included, separates the RUNs
          continue;
        }
        if (previous != null && flags(previous).equals(flags(run)) && Edits.chainable(model, previous).isPresent()
            && Edits.chainable(model, run).isPresent()
            && commands(model, previous) <= DELIBERATE_COMMANDS && commands(model, run) <= DELIBERATE_COMMANDS) {
          int line = previous.range().startLine();
          Fix fix = Edits.joinRuns(context, previous, run)
              .map(edits -> new Fix("Join it into the `RUN` on line " + line, Applicability.UNSAFE, edits))
              .orElse(null);
          context.report(run.keyword().range(), "`RUN` right after the `RUN` on line " + line + " in stage `"
              + stage.displayName() + "`: join them with `&&` to build one layer instead of two", fix,
              List.of(new RelatedLocation(previous.keyword().range(), "previous `RUN`")));
        }
        previous = run;
      }
    }
  }

  /** The RUN's flags as BuildKit keeps them; RUNs with different mounts, network or security cannot merge. */
  private static Set<String> flags(Instruction.Run run) {
    return run.flags().stream().map(Flag::buildkitText).collect(Collectors.toSet());
  }

  private static long commands(DockerfileModel model, Instruction.Run run) {
    long n = 0;
    for (ShellScript s : model.scripts(run)) {
      n += s.invocations().stream().filter(i -> !i.inCommandSubstitution()).count();
    }
    return n;
  }
}
