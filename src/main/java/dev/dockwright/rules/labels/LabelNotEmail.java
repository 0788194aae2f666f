package dev.dockwright.rules.labels;

import dev.dockwright.rule.Category;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;

@RuleInfo(
    id = "DW5009",
    name = "label-not-email",
    summary = "A label declared as an e-mail address does not hold one",
    severity = Severity.WARNING,
    category = Category.LABELS,
    aliases = {"DL3058"})
public final class LabelNotEmail implements Rule {
  @Override
  public void check(RuleContext context) {
    Labels.checkFormat(context, "email", LabelFormats::isEmail, "an e-mail address");
  }
}
