package dev.dockwright.rules.instructions;

import dev.dockwright.ast.Instruction;
import dev.dockwright.ast.Token;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.InstructionRule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import dev.dockwright.semantic.Expansion;
import dev.dockwright.semantic.TextSpan;

@RuleInfo(
    id = "DW3027",
    name = "user-not-numeric",
    summary = "USER names a user instead of a numeric UID",
    severity = Severity.INFO,
    category = Category.SECURITY,
    aliases = {"DL3066"})
public final class UserNotNumeric extends InstructionRule<Instruction.User> {
  public UserNotNumeric() {
    super(Instruction.User.class);
  }

  @Override
  protected void check(Instruction.User user, RuleContext context) {
    if (user.value().isEmpty()) {
      return;
    }
    Token value = user.value().get();
    Expansion e = context.model().expand(user, value.text());
    if (!e.known() || e.value().isEmpty()) {
      return;
    }
    int colon = e.value().indexOf(':');
    String name = colon < 0 ? e.value() : e.value().substring(0, colon);
    if (name.isEmpty() || name.chars().allMatch(Character::isDigit)) {
      return;
    }
    context.report(Words.locateInValue(value, new TextSpan(0, name.length()), context.ast().escape()),
        "`" + name + "` is a user name" + Words.resolution(value.text(), e) + ": the host and orchestrators"
            + " (Kubernetes `runAsNonRoot`) can only check a numeric UID; use `USER <uid>[:<gid>]`");
  }
}
