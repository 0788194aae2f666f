package dev.dockwright.rules.instructions;

import dev.dockwright.ast.Argument;
import dev.dockwright.ast.Instruction;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import dev.dockwright.semantic.Expansion;
import dev.dockwright.semantic.Stage;
import java.util.List;

@RuleInfo(
    id = "DW3024",
    name = "copy-relative-destination",
    summary = "COPY to a relative destination while no WORKDIR is set in the stage",
    severity = Severity.WARNING,
    category = Category.INSTRUCTIONS,
    aliases = {"DL3045"})
public final class CopyRelativeDestination implements Rule {
  @Override
  public void check(RuleContext context) {
    for (Stage stage : context.model().stages()) {
      for (Instruction copy : stage.instructions()) {
        List<Argument> args = copy instanceof Instruction.Copy c ? c.args()
            : copy instanceof Instruction.Add a ? a.args() : List.of();
        if (args.size() < 2 || context.model().context(copy).workdir().isPresent()) {
          continue;
        }
        Argument dest = args.get(args.size() - 1);
        Expansion e = context.model().expand(copy, Words.input(dest));
        if (!Words.allDefined(e) || e.value().isEmpty() || Words.isAbsolutePath(e.value())) {
          continue;
        }
        context.report(dest.range(), "`" + dest.value() + "` is relative and no WORKDIR is set in this stage, so"
            + " the files land under the base image's working directory" + Words.resolution(dest.value(), e)
            + ": set WORKDIR first or use an absolute path");
      }
    }
  }
}
