package dev.dockwright.rules.run;

import dev.dockwright.ast.Instruction;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.RelatedLocation;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import dev.dockwright.semantic.Stage;
import dev.dockwright.shell.Invocation;
import java.util.ArrayList;
import java.util.List;

@RuleInfo(
    id = "DW4030",
    name = "both-wget-and-curl",
    summary = "A stage uses both `wget` and `curl`; one download tool is enough",
    severity = Severity.WARNING,
    category = Category.SHELL,
    aliases = {"DL4001"})
public final class BothWgetAndCurl implements Rule {
  @Override
  public void check(RuleContext context) {
    for (Stage stage : context.model().stages()) {
      check(context, stage.instructions(), "stage `" + stage.displayName() + "`");
      check(context, stage.onbuildTriggers(), "the `ONBUILD` triggers of stage `" + stage.displayName() + "`");
    }
  }

  /** Reports every use of the tool that appears second, pointing at the first use of the other. */
  private static void check(RuleContext context, List<Instruction> instructions, String where) {
    List<Invocation> uses = new ArrayList<>();
    for (Instruction i : instructions) {
      if (i instanceof Instruction.Run run) {
        for (RunScripts.RunScript s : RunScripts.of(context.model(), run)) {
          for (Invocation inv : s.script().invocations()) {
            if (inv.name().equals("wget") || inv.name().equals("curl")) {
              uses.add(inv);
            }
          }
        }
      }
    }
    if (uses.isEmpty()) {
      return;
    }
    Invocation first = uses.get(0);
    for (Invocation inv : uses) {
      if (!inv.name().equals(first.name())) {
        context.report(inv.commandWord().range(), "`" + inv.name() + "` here, `" + first.name() + "` on line "
            + first.range().startLine() + ": " + where + " needs only one of them", null,
            List.of(new RelatedLocation(first.commandWord().range(), "`" + first.name() + "` used first")));
      }
    }
  }
}
