package dev.dockwright.rules.instructions;

import dev.dockwright.ast.Flag;
import dev.dockwright.ast.Instruction;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import dev.dockwright.semantic.Stage;
import java.util.Locale;
import java.util.Optional;

@RuleInfo(
    id = "DW3010",
    name = "copy-from-own-stage",
    summary = "`COPY --from` names the stage the COPY is in",
    severity = Severity.ERROR,
    category = Category.STAGES,
    aliases = {"DL3023"})
public final class CopyFromOwnStage implements Rule {
  @Override
  public void check(RuleContext context) {
    for (Stage stage : context.model().stages()) {
      for (Instruction.Copy copy : stage.instructions(Instruction.Copy.class)) {
        Optional<Flag> flag = copy.flag("from");
        if (flag.isEmpty() || flag.get().value().isEmpty()) {
          continue;
        }
        String value = flag.get().value().get();
        boolean byName = stage.name().map(n -> n.equals(value.toLowerCase(Locale.ROOT))).orElse(false);
        boolean byIndex = value.equals(String.valueOf(stage.index()));
        if (byName || byIndex) {
          context.report(flag.get().valueToken().orElse(flag.get().token()).range(), "`COPY --from=" + value
              + "` copies from the stage it is in (" + stage.displayName() + "): a stage cannot read its own"
              + " result; copy from an earlier stage or use a plain COPY");
        }
      }
    }
  }
}
