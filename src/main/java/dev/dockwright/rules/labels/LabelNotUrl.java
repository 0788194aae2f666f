package dev.dockwright.rules.labels;

import dev.dockwright.rule.Category;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;

@RuleInfo(
    id = "DW5004",
    name = "label-not-url",
    summary = "A label declared as a URL does not hold a valid URL",
    severity = Severity.WARNING,
    category = Category.LABELS,
    aliases = {"DL3052"})
public final class LabelNotUrl implements Rule {
  @Override
  public void check(RuleContext context) {
    Labels.checkFormat(context, "url", LabelFormats::isUrl, "an absolute URL");
  }
}
