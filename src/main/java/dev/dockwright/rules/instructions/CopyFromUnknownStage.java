package dev.dockwright.rules.instructions;

import dev.dockwright.ast.Flag;
import dev.dockwright.ast.Instruction;
import dev.dockwright.ast.SourceRange;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import dev.dockwright.semantic.Expansion;
import dev.dockwright.semantic.NearNames;
import dev.dockwright.semantic.Stage;
import java.util.List;
import java.util.Optional;

@RuleInfo(
    id = "DW3009",
    name = "copy-from-unknown-stage",
    summary = "`COPY --from` names a stage that is not defined before this one",
    severity = Severity.WARNING,
    category = Category.STAGES,
    aliases = {"DL3022"})
public final class CopyFromUnknownStage implements Rule {
  @Override
  public void check(RuleContext context) {
    List<Stage> stages = context.model().stages();
    List<String> names = stages.stream().flatMap(s -> s.name().stream()).toList();
    for (Stage stage : stages) {
      for (Instruction.Copy copy : stage.instructions(Instruction.Copy.class)) {
        Optional<Flag> flag = copy.flag("from");
        if (flag.isEmpty() || flag.get().value().isEmpty()) {
          continue;
        }
        String value = flag.get().value().get();
        SourceRange at = flag.get().valueToken().orElse(flag.get().token()).range();
        Expansion e = context.model().expand(copy, value);
        if (!e.references().isEmpty()) {
          String resolved = e.known() && !e.value().isEmpty() ? " (here it would be `" + e.value() + "`)" : "";
          context.report(at, "BuildKit does not expand variables in `--from`" + resolved + ", so the build fails:"
              + " declare the ARG before the first FROM and add a stage `FROM " + value + " AS <name>` to copy from");
          continue;
        }
        checkValue(context, stage, value, at, names);
      }
    }
  }

  private static void checkValue(RuleContext context, Stage stage, String value, SourceRange at, List<String> names) {
    List<Stage> stages = context.model().stages();
    if (!value.isEmpty() && value.chars().allMatch(Character::isDigit)) {
      int index = value.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(value);
      if (index >= stages.size()) {
        context.report(at, "there is no stage #" + value + ": this file has " + stages.size() + " stage"
            + (stages.size() == 1 ? "" : "s") + ", numbered from 0");
      } else if (index > stage.index()) {
        context.report(at, "stage #" + value + " comes after this one: `COPY --from` can only use earlier stages");
      }
      return;
    }
    Optional<Stage> named = context.model().stageByName(value);
    if (named.isPresent()) {
      if (named.get().index() > stage.index()) {
        context.report(at, "stage `" + value + "` is defined after this one: `COPY --from` can only use earlier"
            + " stages; move it above");
      }
      return;
    }
    boolean bareName = value.chars().noneMatch(c -> c == '/' || c == ':' || c == '@' || c == '.');
    if (!bareName) {
      return;
    }
    Optional<String> near = NearNames.nearest(value.toLowerCase(java.util.Locale.ROOT), names);
    near.ifPresent(n -> context.report(at, "`" + value + "` is not a stage of this file, so it is pulled as the image `"
        + value + "`: did you mean the stage `" + n + "`?"));
  }
}
