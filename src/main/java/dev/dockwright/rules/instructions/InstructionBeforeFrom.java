package dev.dockwright.rules.instructions;

import dev.dockwright.ast.Instruction;
import dev.dockwright.ast.InstructionKind;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;

@RuleInfo(
    id = "DW3015",
    name = "instruction-before-from",
    summary = "Only ARG may come before the first FROM",
    severity = Severity.ERROR,
    category = Category.INSTRUCTIONS,
    aliases = {"DL3061"})
public final class InstructionBeforeFrom implements Rule {
  @Override
  public void check(RuleContext context) {
    for (Instruction i : context.ast().instructions()) {
      if (i.kind() == InstructionKind.FROM) {
        return;
      }
      if (i.kind() != InstructionKind.ARG && i.kind() != InstructionKind.UNKNOWN) {
        context.report(i.keyword().range(), "`" + i.keyword().text() + "` comes before the first FROM: a Dockerfile"
            + " must start with FROM, optionally after ARG instructions, parser directives and comments");
      }
    }
  }
}
