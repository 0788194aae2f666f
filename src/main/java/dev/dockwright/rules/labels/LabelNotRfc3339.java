package dev.dockwright.rules.labels;

import dev.dockwright.rule.Category;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;

@RuleInfo(
    id = "DW5005",
    name = "label-not-rfc3339",
    summary = "A label declared as a date does not hold an RFC 3339 timestamp",
    severity = Severity.WARNING,
    category = Category.LABELS,
    aliases = {"DL3053"})
public final class LabelNotRfc3339 implements Rule {
  @Override
  public void check(RuleContext context) {
    Labels.checkFormat(context, "rfc3339", LabelFormats::isRfc3339, "an RFC 3339 timestamp such as `2024-05-01T12:00:00Z`");
  }
}
