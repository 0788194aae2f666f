package dev.dockwright.rules.meta;

import dev.dockwright.rule.Category;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import dev.dockwright.rule.SuppressionAwareRule;
import java.util.List;

@RuleInfo(
    id = "DW1002",
    name = "unused-suppression",
    summary = "A suppression pragma names a rule that reports nothing there",
    severity = Severity.INFO,
    category = Category.META,
    enabledByDefault = false)
public final class UnusedSuppression implements SuppressionAwareRule {
  @Override
  public void check(RuleContext context, List<UnusedCode> unused) {
    for (UnusedCode u : unused) {
      if (u.knownRule()) {
        context.report(u.pragmaRange(), "`" + u.code() + "` is suppressed here but reports nothing: remove it");
      } else {
        context.report(u.pragmaRange(), "`" + u.code() + "` is not a rule dockwright knows: check the spelling"
            + " or remove it");
      }
    }
  }
}
