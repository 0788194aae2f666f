package dev.dockwright.rules.instructions;

import dev.dockwright.ast.Instruction;
import dev.dockwright.ast.KeyValue;
import dev.dockwright.fix.Applicability;
import dev.dockwright.fix.Edit;
import dev.dockwright.fix.Fix;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.FixAvailability;
import dev.dockwright.rule.InstructionRule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import dev.dockwright.semantic.Expansion;
import dev.dockwright.semantic.VariableBinding;
import dev.dockwright.semantic.VariableReference;
import java.util.List;

@RuleInfo(
    id = "DW3023",
    name = "env-self-reference",
    summary = "ENV uses a variable set earlier in the same ENV, which still has its old value there",
    severity = Severity.ERROR,
    category = Category.INSTRUCTIONS,
    fix = FixAvailability.SOMETIMES,
    fixSafety = Applicability.UNSAFE,
    aliases = {"DL3044"})
public final class EnvSelfReference extends InstructionRule<Instruction.Env> {
  public EnvSelfReference() {
    super(Instruction.Env.class);
  }

  @Override
  protected void check(Instruction.Env env, RuleContext context) {
    List<KeyValue> pairs = env.pairs();
    for (int j = 1; j < pairs.size(); j++) {
      KeyValue pair = pairs.get(j);
      if (pair.value().isEmpty() || pair.legacyForm()) {
        continue;
      }
      Expansion e = context.model().expand(env, pair.valueText());
      for (VariableReference r : e.references()) {
        int defined = indexOfKey(pairs, r.name(), j);
        if (defined < 0) {
          continue;
        }
        String before = r.binding() == VariableBinding.Kind.UNDEFINED ? "empty (it is not set before this ENV)"
            : "its value from before this ENV";
        String message = "`$" + r.name() + "` is " + before + ", not the `" + r.name() + "` set earlier in this"
            + " ENV: BuildKit expands all values of one ENV before setting any; split it into two ENV instructions";
        KeyValue previous = pairs.get(j - 1);
        Fix split = Fix.unsafe("Start a new `" + env.keyword().text() + "` at `" + pair.key().text() + "`",
            new Edit(previous.range().endOffset(), pair.key().range().startOffset(), "\n" + env.keyword().text() + " "));
        var at = pair.value().get().subRange(r.span().start(), r.span().end());
        if (context.model().context(env).onbuildTrigger()) {
          context.report(at, message);
        } else {
          context.report(at, message, split);
        }
        break;
      }
    }
  }

  private static int indexOfKey(List<KeyValue> pairs, String name, int before) {
    for (int i = 0; i < before; i++) {
      if (pairs.get(i).key().text().equals(name)) {
        return i;
      }
    }
    return -1;
  }
}
