package dev.dockwright.rules.instructions;

import dev.dockwright.ast.Instruction;
import dev.dockwright.ast.InstructionKind;
import dev.dockwright.ast.Instructions;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

@RuleInfo(
    id = "DW3002",
    name = "consistent-instruction-casing",
    summary = "Instruction keywords should all be upper case or all lower case, as most of the file is",
    severity = Severity.STYLE,
    category = Category.STYLE,
    fix = FixAvailability.ALWAYS,
    fixSafety = Applicability.SAFE,
    aliases = {"ConsistentInstructionCasing"})
public final class ConsistentInstructionCasing implements Rule {
  @Override
  public void check(RuleContext context) {
    List<Token> keywords = new ArrayList<>();
    for (Instruction i : context.ast().instructions()) {
      collect(i, keywords);
    }
    int upper = 0;
    int lower = 0;
    for (Token k : keywords) {
      if (k.text().equals(k.text().toUpperCase(Locale.ROOT))) {
        upper++;
      } else if (k.text().equals(k.text().toLowerCase(Locale.ROOT))) {
        lower++;
      }
    }
    boolean wantUpper = upper >= lower;
    String want = wantUpper ? "upper" : "lower";
    for (Token k : keywords) {
      String fixed = wantUpper ? k.text().toUpperCase(Locale.ROOT) : k.text().toLowerCase(Locale.ROOT);
      if (!fixed.equals(k.text())) {
        context.report(k.range(), "`" + k.text() + "` is not " + want + " case like most instructions in this file",
            Fix.safe("Write `" + fixed + "`", Edit.replace(k.range(), fixed)));
      }
    }
  }

  private static void collect(Instruction i, List<Token> out) {
    for (Instruction at : Instructions.withTriggers(List.of(i))) {
      if (at.kind() == InstructionKind.UNKNOWN) {
        return; // an unknown keyword has no case to keep, nor triggers
      }
      out.add(at.keyword());
    }
  }
}
