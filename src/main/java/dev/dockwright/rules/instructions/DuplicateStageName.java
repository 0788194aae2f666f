package dev.dockwright.rules.instructions;

import dev.dockwright.rule.Category;
import dev.dockwright.rule.RelatedLocation;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import dev.dockwright.semantic.Stage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@RuleInfo(
    id = "DW3011",
    name = "duplicate-stage-name",
    summary = "Two stages have the same name",
    severity = Severity.ERROR,
    category = Category.STAGES,
    aliases = {"DL3024", "DuplicateStageName"})
public final class DuplicateStageName implements Rule {
  @Override
  public void check(RuleContext context) {
    Map<String, Stage> first = new HashMap<>();
    for (Stage stage : context.model().stages()) {
      if (stage.name().isEmpty() || stage.nameToken().isEmpty()) {
        continue;
      }
      Stage earlier = first.putIfAbsent(stage.name().get(), stage);
      if (earlier != null) {
        context.report(stage.nameToken().get().range(), "stage name `" + stage.nameToken().get().text()
            + "` is already used on line " + earlier.from().range().startLine()
            + " (names are compared ignoring case): give each stage its own name", null,
            List.of(new RelatedLocation(earlier.nameToken().get().range(), "first stage with this name")));
      }
    }
  }
}
