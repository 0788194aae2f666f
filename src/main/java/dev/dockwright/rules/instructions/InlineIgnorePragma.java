package dev.dockwright.rules.instructions;

import dev.dockwright.rule.Category;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import dev.dockwright.suppress.Pragma;
import dev.dockwright.suppress.Suppression;
import dev.dockwright.suppress.Suppressions;

@RuleInfo(
    id = "DW3036",
    name = "inline-ignore-pragma",
    summary = "An inline suppression pragma silences findings for one instruction",
    severity = Severity.INFO,
    category = Category.META,
    aliases = {"DL1001"},
    enabledByDefault = false)
public final class InlineIgnorePragma implements Rule {
  @Override
  public void check(RuleContext context) {
    for (Pragma p : Suppressions.of(context.ast()).pragmas()) {
      Suppression s = p.suppression();
      if (s.scope() == Suppression.Scope.NEXT_INSTRUCTION) {
        context.report(s.range(), "inline suppression `# " + s.text() + "`: fix the finding, or configure the rule"
            + " once in the config file, instead of silencing it here");
      }
    }
  }
}
