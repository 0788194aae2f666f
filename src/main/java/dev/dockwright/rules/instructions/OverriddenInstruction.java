package dev.dockwright.rules.instructions;

import dev.dockwright.ast.Instruction;
import dev.dockwright.ast.InstructionKind;
import dev.dockwright.fix.Applicability;
import dev.dockwright.fix.Fix;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.FixAvailability;
import dev.dockwright.rule.RelatedLocation;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import dev.dockwright.rules.edit.Edits;
import dev.dockwright.semantic.Stage;
import java.util.List;
import java.util.Set;

@RuleInfo(
    id = "DW3019",
    name = "overridden-instruction",
    summary = "A CMD, ENTRYPOINT or HEALTHCHECK is overridden by a later one in the same stage",
    severity = Severity.WARNING,
    category = Category.INSTRUCTIONS,
    fix = FixAvailability.ALWAYS,
    fixSafety = Applicability.UNSAFE,
    aliases = {"DL4003", "DL4004", "DL3012", "MultipleInstructionsDisallowed"})
public final class OverriddenInstruction implements Rule {
  private static final Set<InstructionKind> ONCE_PER_STAGE =
      Set.of(InstructionKind.CMD, InstructionKind.ENTRYPOINT, InstructionKind.HEALTHCHECK);

  @Override
  public void check(RuleContext context) {
    for (Stage stage : context.model().stages()) {
      List<Instruction> instructions = stage.instructions();
      for (int i = 0; i < instructions.size(); i++) {
        Instruction earlier = instructions.get(i);
        if (!ONCE_PER_STAGE.contains(earlier.kind())) {
          continue;
        }
        Instruction later = null;
        for (int j = i + 1; j < instructions.size() && later == null; j++) {
          if (instructions.get(j).kind() == earlier.kind()) {
            later = instructions.get(j);
          }
        }
        if (later != null) {
          String kw = earlier.kind().keyword();
          context.report(earlier.keyword().range(), "this " + kw + " has no effect: the " + kw + " on line "
              + later.range().startLine() + " replaces it, as only the last " + kw + " of a stage counts",
              Fix.unsafe("Remove the overridden " + kw, Edits.deleteInstruction(context, earlier)),
              List.of(new RelatedLocation(later.keyword().range(), "the " + kw + " that takes effect")));
        }
      }
    }
  }
}
