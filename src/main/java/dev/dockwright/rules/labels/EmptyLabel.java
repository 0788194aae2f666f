package dev.dockwright.rules.labels;

import dev.dockwright.rule.Category;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import dev.dockwright.rules.instructions.FilePolicy;
import java.util.Map;

@RuleInfo(
    id = "DW5003",
    name = "empty-label",
    summary = "A label of the label schema (or a well-known OCI label) is empty",
    severity = Severity.WARNING,
    category = Category.LABELS,
    aliases = {"DL3051"})
public final class EmptyLabel implements Rule {
  @Override
  public void check(RuleContext context) {
    Map<String, String> schema = FilePolicy.labelSchema(context);
    for (Labels.Use use : Labels.all(context)) {
      if (use.key().isEmpty() || use.value().isEmpty() || !use.value().get().isBlank()) {
        continue;
      }
      if (Labels.typeOf(schema, use.key().get()).isPresent()) {
        context.report(use.pair().key().range(), "label `" + use.key().get() + "` is empty: give it a value or drop it");
      }
    }
  }
}
