package dev.dockwright.rules.labels;

import dev.dockwright.rule.Category;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import dev.dockwright.rules.instructions.FilePolicy;
import dev.dockwright.semantic.Stage;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

@RuleInfo(
    id = "DW5001",
    name = "missing-label",
    summary = "A label the label schema requires is missing from the final image",
    severity = Severity.INFO,
    category = Category.LABELS,
    aliases = {"DL3049"})
public final class MissingLabel implements Rule {
  @Override
  public void check(RuleContext context) {
    Optional<Stage> last = context.model().finalStage();
    if (last.isEmpty()) {
      return;
    }
    Set<Stage> chain = new HashSet<>();
    for (Optional<Stage> s = last; s.isPresent(); s = s.get().parent()) {
      chain.add(s.get());
    }
    Set<String> present = new HashSet<>();
    boolean unknownKey = false;
    for (Labels.Use use : Labels.all(context)) {
      if (chain.contains(use.stage())) {
        use.key().ifPresent(present::add);
        unknownKey |= use.key().isEmpty();
      }
    }
    if (unknownKey) {
      return; // a key built from a build argument might be the missing one
    }
    for (String required : FilePolicy.labelSchema(context).keySet()) {
      if (!present.contains(required)) {
        context.report(last.get().from().keyword().range(), "label `" + required + "` (required by the label schema)"
            + " is missing from the final image (" + last.get().displayName() + ")");
      }
    }
  }
}
