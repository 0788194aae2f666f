package dev.dockwright.rules.instructions;

import dev.dockwright.ast.Token;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import dev.dockwright.semantic.Expansion;
import dev.dockwright.semantic.NearNames;
import dev.dockwright.semantic.Scope;
import dev.dockwright.semantic.Stage;
import dev.dockwright.semantic.VariableBinding;
import dev.dockwright.semantic.VariableReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@RuleInfo(
    id = "DW3029",
    name = "undefined-arg-in-from",
    summary = "A variable in FROM is not declared as a global ARG before the first FROM",
    severity = Severity.WARNING,
    category = Category.BASE_IMAGE,
    aliases = {"UndefinedArgInFrom"})
public final class UndefinedArgInFrom implements Rule {
  @Override
  public void check(RuleContext context) {
    Scope global = context.model().globalScope();
    List<String> declared = new ArrayList<>(global.names());
    for (Stage stage : context.model().stages()) {
      List<Token> words = new ArrayList<>();
      stage.from().image().ifPresent(words::add);
      stage.from().flag("platform").flatMap(f -> f.valueToken()).ifPresent(words::add);
      for (Token word : words) {
        Expansion e = context.model().expander().expandWord(word.text(), global);
        for (VariableReference r : e.references()) {
          if (r.binding() != VariableBinding.Kind.UNDEFINED || r.isSpecialParameter()) {
            continue;
          }
          Optional<String> near = NearNames.nearest(r.name(), declared);
          context.report(word.subRange(r.span().start(), r.span().end()), "`$" + r.name()
              + "` is not declared as a global ARG (an `ARG` before the first FROM), so it is always empty here"
              + near.map(n -> ": did you mean `$" + n + "`?").orElse(""));
        }
      }
    }
  }
}
