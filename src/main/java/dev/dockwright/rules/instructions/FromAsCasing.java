package dev.dockwright.rules.instructions;

import dev.dockwright.ast.Instruction;
import dev.dockwright.ast.Token;
import dev.dockwright.fix.Applicability;
import dev.dockwright.fix.Edit;
import dev.dockwright.fix.Fix;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.FixAvailability;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import java.util.Locale;

@RuleInfo(
    id = "DW3014",
    name = "from-as-casing",
    summary = "The `AS` keyword should have the same case as `FROM`",
    severity = Severity.WARNING,
    category = Category.STYLE,
    fix = FixAvailability.ALWAYS,
    fixSafety = Applicability.SAFE,
    aliases = {"FromAsCasing"})
public final class FromAsCasing implements Rule {
  @Override
  public void check(RuleContext context) {
    for (Instruction i : context.ast().instructions()) {
      if (!(i instanceof Instruction.From from) || from.asKeyword().isEmpty()) {
        continue;
      }
      String keyword = from.keyword().text();
      boolean upper = keyword.equals(keyword.toUpperCase(Locale.ROOT));
      boolean lower = keyword.equals(keyword.toLowerCase(Locale.ROOT));
      if (upper == lower) {
        continue; // a mixed-case FROM is consistent-instruction-casing's business
      }
      Token as = from.asKeyword().get();
      String wanted = upper ? as.text().toUpperCase(Locale.ROOT) : as.text().toLowerCase(Locale.ROOT);
      if (!wanted.equals(as.text())) {
        context.report(as.range(), "`" + as.text() + "` does not match the case of `" + keyword + "`: write `"
            + wanted + "`", Fix.safe("Write `" + wanted + "`", Edit.replace(as.range(), wanted)));
      }
    }
  }
}
