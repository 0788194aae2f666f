package dev.dockwright.rules.instructions;

import dev.dockwright.ast.Instruction;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import dev.dockwright.semantic.Stage;
import java.util.Optional;

@RuleInfo(
    id = "DW3025",
    name = "missing-healthcheck",
    summary = "The final image defines no HEALTHCHECK",
    severity = Severity.INFO,
    category = Category.INSTRUCTIONS,
    aliases = {"DL3057"},
    enabledByDefault = false)
public final class MissingHealthcheck implements Rule {
  @Override
  public void check(RuleContext context) {
    Optional<Stage> last = context.model().finalStage();
    if (last.isEmpty()) {
      return;
    }
    for (Optional<Stage> s = last; s.isPresent(); s = s.get().parent()) {
      if (!s.get().instructions(Instruction.Healthcheck.class).isEmpty()) {
        return;
      }
    }
    Instruction.From from = last.get().from();
    context.report(from.keyword().range(), "the final stage (" + last.get().displayName() + ") has no HEALTHCHECK:"
        + " orchestrators cannot tell a hung container from a working one; add `HEALTHCHECK CMD ...` (or"
        + " `HEALTHCHECK NONE` to say the base image's check does not apply)");
  }
}
