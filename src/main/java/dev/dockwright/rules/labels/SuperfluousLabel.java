package dev.dockwright.rules.labels;

import dev.dockwright.rule.Category;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import dev.dockwright.rules.instructions.FilePolicy;
import java.util.Map;

@RuleInfo(
    id = "DW5002",
    name = "superfluous-label",
    summary = "With strict labels, a label that the label schema does not list",
    severity = Severity.INFO,
    category = Category.LABELS,
    aliases = {"DL3050"})
public final class SuperfluousLabel implements Rule {
  @Override
  public void check(RuleContext context) {
    Map<String, String> schema = FilePolicy.labelSchema(context);
    if (schema.isEmpty() || !FilePolicy.strictLabels(context)) {
      return;
    }
    for (Labels.Use use : Labels.all(context)) {
      if (use.key().isPresent() && !schema.containsKey(use.key().get()) && !Labels.isRunLabel(use.key().get())) {
        context.report(use.pair().key().range(), "label `" + use.key().get() + "` is not in the label schema, and"
            + " strict labels allow no others");
      }
    }
  }
}
