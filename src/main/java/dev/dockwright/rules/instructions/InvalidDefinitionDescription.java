package dev.dockwright.rules.instructions;

import dev.dockwright.ast.ArgDeclaration;
import dev.dockwright.ast.Comment;
import dev.dockwright.ast.Instruction;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

@RuleInfo(
    id = "DW3035",
    name = "invalid-definition-description",
    summary = "A comment right above a named stage or an ARG should start with its name",
    severity = Severity.INFO,
    category = Category.STYLE,
    aliases = {"InvalidDefinitionDescription"},
    enabledByDefault = false)
public final class InvalidDefinitionDescription implements Rule {
  /** Suppression pragmas are not descriptions, whatever they sit above. */
  private static final Pattern PRAGMA = Pattern.compile("(?i)^(dockwright|hadolint)\\s.*|^check\\s*=.*");

  @Override
  public void check(RuleContext context) {
    for (Instruction i : context.ast().instructions()) {
      List<String> names;
      String what;
      if (i instanceof Instruction.From from && from.stageName().isPresent()) {
        names = List.of(from.stageName().get().text(), from.stageName().get().text().toLowerCase(Locale.ROOT));
        what = "stage";
      } else if (i instanceof Instruction.Arg arg && !arg.declarations().isEmpty()) {
        names = arg.declarations().stream().map(ArgDeclaration::name).map(t -> t.text()).toList();
        what = "ARG";
      } else {
        continue;
      }
      List<Comment> above = context.ast().commentsAbove(i);
      if (above.isEmpty()) {
        continue;
      }
      Comment last = above.get(above.size() - 1);
      if (last.text().isEmpty() || PRAGMA.matcher(last.text()).matches()) {
        continue;
      }
      String firstWord = last.text().split(" ", 2)[0];
      if (names.contains(firstWord)) {
        continue;
      }
      String example = what.equals("ARG") && names.size() > 1 ? "<arg name>" : names.get(0);
      context.report(last.range(), "a comment right above a " + what + " is read as its description (`docker build"
          + " --call=outline`) and should start with its name: `# " + example + " <description>`; if it is not a"
          + " description, put an empty line between");
    }
  }
}
