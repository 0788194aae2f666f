package dev.dockwright.rules.instructions;

import dev.dockwright.ast.Instruction;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;

@RuleInfo(
    id = "DW3016",
    name = "invalid-onbuild-trigger",
    summary = "ONBUILD may not trigger ONBUILD, FROM or MAINTAINER",
    severity = Severity.ERROR,
    category = Category.INSTRUCTIONS,
    aliases = {"DL3043"})
public final class InvalidOnbuildTrigger implements Rule {
  @Override
  public void check(RuleContext context) {
    for (Instruction i : context.ast().instructions()) {
      if (!(i instanceof Instruction.Onbuild ob) || ob.trigger().isEmpty()) {
        continue;
      }
      Instruction trigger = ob.trigger().get();
      String why = switch (trigger.kind()) {
        case ONBUILD -> "chaining ONBUILD is not allowed";
        case FROM -> "a trigger cannot start a new stage";
        case MAINTAINER -> "MAINTAINER is deprecated and not allowed as a trigger; use `ONBUILD LABEL maintainer=...`";
        default -> null;
      };
      if (why != null) {
        context.report(trigger.keyword().range(), "`ONBUILD " + trigger.keyword().text() + "` is invalid: " + why);
      }
    }
  }
}
