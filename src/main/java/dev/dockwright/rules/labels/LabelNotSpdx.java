package dev.dockwright.rules.labels;

import dev.dockwright.rule.Category;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;

@RuleInfo(
    id = "DW5006",
    name = "label-not-spdx",
    summary = "A label declared as a license does not hold an SPDX license expression",
    severity = Severity.WARNING,
    category = Category.LABELS,
    aliases = {"DL3054"})
public final class LabelNotSpdx implements Rule {
  @Override
  public void check(RuleContext context) {
    Labels.checkFormat(context, "spdx", LabelFormats::isSpdx, "an SPDX license expression such as `Apache-2.0` or `MIT OR GPL-2.0-only`");
  }
}
