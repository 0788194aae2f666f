package dev.dockwright.rules.instructions;

import dev.dockwright.rule.Category;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import dev.dockwright.semantic.Stage;
import java.util.Set;

@RuleInfo(
    id = "DW3012",
    name = "reserved-stage-name",
    summary = "A stage is named `scratch` or `context`, names BuildKit reserves",
    severity = Severity.WARNING,
    category = Category.STAGES,
    aliases = {"DL3063", "ReservedStageName"})
public final class ReservedStageName implements Rule {
  private static final Set<String> RESERVED = Set.of("scratch", "context");

  @Override
  public void check(RuleContext context) {
    for (Stage stage : context.model().stages()) {
      if (stage.name().isPresent() && RESERVED.contains(stage.name().get()) && stage.nameToken().isPresent()) {
        String name = stage.name().get();
        String meaning = name.equals("scratch") ? "`scratch` is the empty base image"
            : "`context` names the build context";
        context.report(stage.nameToken().get().range(), "`" + stage.nameToken().get().text()
            + "` is a stage name BuildKit reserves (" + meaning + "): rename the stage");
      }
    }
  }
}
