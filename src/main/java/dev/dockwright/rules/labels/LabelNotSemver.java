package dev.dockwright.rules.labels;

import dev.dockwright.rule.Category;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;

@RuleInfo(
    id = "DW5008",
    name = "label-not-semver",
    summary = "A label declared as a version does not hold a semantic version",
    severity = Severity.WARNING,
    category = Category.LABELS,
    aliases = {"DL3056"})
public final class LabelNotSemver implements Rule {
  @Override
  public void check(RuleContext context) {
    Labels.checkFormat(context, "semver", LabelFormats::isSemver, "a semantic version such as `1.4.2`");
  }
}
