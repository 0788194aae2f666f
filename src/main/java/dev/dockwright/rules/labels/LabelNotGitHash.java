package dev.dockwright.rules.labels;

import dev.dockwright.rule.Category;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;

@RuleInfo(
    id = "DW5007",
    name = "label-not-git-hash",
    summary = "A label declared as a git hash does not hold a 7- or 40-digit lowercase hash",
    severity = Severity.WARNING,
    category = Category.LABELS,
    aliases = {"DL3055"})
public final class LabelNotGitHash implements Rule {
  @Override
  public void check(RuleContext context) {
    Labels.checkFormat(context, "hash", LabelFormats::isGitHash, "a git commit hash (7 or 40 lowercase hex digits)");
  }
}
