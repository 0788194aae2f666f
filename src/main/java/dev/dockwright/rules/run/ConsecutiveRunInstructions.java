package dev.dockwright.rules.run;

import dev.dockwright.ast.Flag;
import dev.dockwright.ast.Instruction;
import dev.dockwright.fix.Applicability;
import dev.dockwright.fix.Edit;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
  @Override
  public void check(RuleContext context) {
    for (Stage stage : context.model().stages()) {
      List<Instruction.Run> group = new ArrayList<>();
      for (Instruction i : stage.instructions()) {
        Instruction.Run run = i instanceof Instruction.Run r && isSingleCommand(context, r) ? r : null;
        if (run != null && !group.isEmpty() && flags(group.get(group.size() - 1)).equals(flags(run))) {
          group.add(run);
          continue;
        }
        report(context, stage, group);
        group = new ArrayList<>();
        if (run != null) {
          group.add(run); // any other instruction, ONBUILD included, separates the RUNs
        }
      }
      report(context, stage, group);
    }
  }

  /**
   * A RUN that could be merged: one command (hadolint's condition; a RUN that chains several was kept apart
   * on purpose), and by default one that {@code &&} can chain onto. hadolint counts the commands of command
   * substitutions too, and merges RUNs of any form.
   */
  private static boolean isSingleCommand(RuleContext context, Instruction.Run run) {
    DockerfileModel model = context.model();
    boolean compat = context.settings().hadolintCompat();
    if (!compat && Edits.chainable(model, run).isEmpty()) {
      return false;
    }
    int n = 0;
    for (ShellScript s : model.scripts(run)) {
      n += s.commandCount(compat);
    }
    return n == 1;
  }

  /** The RUN's flags as BuildKit keeps them; RUNs with different mounts, network or security cannot merge. */
  private static Set<String> flags(Instruction.Run run) {
    return run.flags().stream().map(Flag::buildkitText).collect(Collectors.toSet());
  }

  /**
   * Reports every RUN of a group but the first. Each finding's fix joins the whole stretch of the group that
   * {@code &&} can join, so that after one fix the next RUN is not left behind a RUN that now chains several
   * commands (which would exempt it).
   */
  private static void report(RuleContext context, Stage stage, List<Instruction.Run> group) {
    List<List<Instruction.Run>> stretches = new ArrayList<>();
    for (int k = 0; k < group.size(); k++) {
      if (k == 0 || Edits.joinRuns(context, List.of(group.get(k - 1), group.get(k))).isEmpty()) {
        stretches.add(new ArrayList<>());
      }
      stretches.get(stretches.size() - 1).add(group.get(k));
    }
    for (List<Instruction.Run> stretch : stretches) {
      Optional<List<Edit>> edits = stretch.size() < 2 ? Optional.empty() : Edits.joinRuns(context, stretch);
      for (int k = 0; k < stretch.size(); k++) {
        Instruction.Run run = stretch.get(k);
        int at = group.indexOf(run);
        if (at == 0) {
          continue;
        }
        Instruction.Run previous = group.get(at - 1);
        int line = previous.range().startLine();
        Fix fix = k == 0 ? null : edits.map(e -> new Fix(title(stretch, line), Applicability.UNSAFE, e)).orElse(null);
        boolean chainable = Edits.chainable(context.model(), previous).isPresent()
            && Edits.chainable(context.model(), run).isPresent();
        context.report(run.keyword().range(), "`RUN` right after the `RUN` on line " + line + " in stage `"
            + stage.displayName() + "`: " + (chainable ? "join them with `&&`" : "merge them")
            + " to build one layer instead of two", fix,
            List.of(new RelatedLocation(previous.keyword().range(), "previous `RUN`")));
      }
    }
  }

  private static String title(List<Instruction.Run> stretch, int previousLine) {
    return stretch.size() == 2 ? "Join it into the `RUN` on line " + previousLine
        : "Join the `RUN`s of lines " + stretch.get(0).range().startLine() + " to "
            + stretch.get(stretch.size() - 1).range().startLine() + " into one";
  }
}
