package dev.dockwright.rules.meta;

import dev.dockwright.ast.Instruction;
import dev.dockwright.ast.SourceRange;
import dev.dockwright.ast.SourceText;
import dev.dockwright.fix.Applicability;
import dev.dockwright.fix.Edit;
import dev.dockwright.fix.Fix;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.FixAvailability;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;

@RuleInfo(
    id = "DW1001",
    name = "empty-continuation-line",
    summary = "An empty line inside a continued instruction",
    severity = Severity.WARNING,
    category = Category.SYNTAX,
    fix = FixAvailability.ALWAYS,
    fixSafety = Applicability.SAFE,
    aliases = {"NoEmptyContinuation"})
public final class EmptyContinuationLine implements Rule {
  @Override
  public void check(RuleContext context) {
    SourceText src = context.source();
    for (Instruction i : context.ast().instructions()) {
      for (SourceRange empty : i.head().emptyContinuationLines()) {
        int line = empty.startLine();
        int start = src.lineStart(line);
        int end = line < src.lineCount() ? src.lineStart(line + 1) : src.length();
        context.report(empty, "empty line inside a continued " + i.kind().keyword()
            + ": Docker ignores it today and will reject it in a future release",
            Fix.safe("Remove the empty line", new Edit(start, end, "")));
      }
    }
  }
}
