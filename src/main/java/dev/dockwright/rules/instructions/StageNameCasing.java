package dev.dockwright.rules.instructions;

import dev.dockwright.ast.Flag;
import dev.dockwright.ast.Instruction;
import dev.dockwright.ast.Token;
import dev.dockwright.fix.Applicability;
import dev.dockwright.fix.Edit;
import dev.dockwright.fix.Fix;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.FixAvailability;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import dev.dockwright.semantic.MountFields;
import dev.dockwright.semantic.MountSpec;
import dev.dockwright.semantic.Stage;
import dev.dockwright.semantic.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@RuleInfo(
    id = "DW3013",
    name = "stage-name-casing",
    summary = "Stage names should be lowercase",
    severity = Severity.WARNING,
    category = Category.STAGES,
    fix = FixAvailability.ALWAYS,
    fixSafety = Applicability.SAFE,
    aliases = {"StageNameCasing"})
public final class StageNameCasing implements Rule {
  @Override
  public void check(RuleContext context) {
    for (Stage stage : context.model().stages()) {
      if (stage.nameToken().isEmpty()) {
        continue;
      }
      Token name = stage.nameToken().get();
      String lower = name.text().toLowerCase(Locale.ROOT);
      if (lower.equals(name.text())) {
        continue;
      }
      String message = "stage name `" + name.text() + "` should be lowercase: BuildKit compares stage names"
          + " ignoring case, and references are easier to find when they are written alike";
      context.report(name.range(), message, new Fix("Rename the stage to `" + lower + "` and its references",
          Applicability.SAFE, renames(context, stage, lower)));
    }
  }

  /**
   * The edits renaming a stage and the references to it written as plain words: later {@code FROM name},
   * {@code COPY --from=name} and {@code RUN --mount=from=name}. BuildKit looks {@code --from} names up
   * ignoring case, so a reference left as it is (quoted, or built from a variable) still finds the stage.
   */
  private static List<Edit> renames(RuleContext context, Stage stage, String lower) {
    List<Edit> edits = new ArrayList<>();
    edits.add(Edit.replace(stage.nameToken().get().range(), lower));
    String name = stage.name().orElseThrow();
    for (Stage other : context.model().stages()) {
      if (other.index() <= stage.index()) {
        continue;
      }
      if (other.parent().map(p -> p == stage).orElse(false) && other.from().image().isPresent()) {
        Token image = other.from().image().get();
        if (image.text().toLowerCase(Locale.ROOT).equals(name)) {
          edits.add(Edit.replace(image.range(), lower));
        }
      }
      for (Instruction i : other.instructions()) {
        renameReferences(i, name, lower, edits);
      }
    }
    return edits;
  }

  private static void renameReferences(Instruction i, String name, String lower, List<Edit> edits) {
    for (Flag f : i.flags()) {
      if (f.value().isEmpty() || f.valueToken().isEmpty()) {
        continue;
      }
      String value = f.value().get();
      Token token = f.valueToken().get();
      if (f.name().equals("from") && i instanceof Instruction.Copy) {
        if (value.toLowerCase(Locale.ROOT).equals(name) && token.text().equals(value)) {
          edits.add(Edit.replace(token.range(), lower));
        }
      } else if (f.name().equals("mount") && i instanceof Instruction.Run) {
        Optional<String> from = MountSpec.parse(value).from();
        if (from.isPresent() && from.get().toLowerCase(Locale.ROOT).equals(name)) {
          Optional<TextSpan> span = MountFields.valueSpan(token.text(), "from");
          if (token.text().equals(value) && span.isPresent()) {
            edits.add(Edit.replace(token.subRange(span.get().start(), span.get().end()), lower));
          }
        }
      }
    }
  }
}
