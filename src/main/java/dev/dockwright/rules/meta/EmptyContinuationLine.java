package dev.dockwright.rules.meta;

import dev.dockwright.ast.Instruction;
import dev.dockwright.ast.LogicalText;
import dev.dockwright.ast.SourceRange;
import dev.dockwright.ast.SourceText;
import dev.dockwright.fix.Applicability;
import dev.dockwright.fix.Edit;
import dev.dockwright.fix.Fix;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.FixAvailability;
import dev.dockwright.rule.RelatedLocation;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

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
      List<SourceRange> empty = i.head().emptyContinuationLines();
      if (empty.isEmpty()) {
        continue;
      }
      List<Edit> edits = new ArrayList<>();
      List<RelatedLocation> related = new ArrayList<>();
      for (SourceRange line : empty) {
        int n = line.startLine();
        edits.add(new Edit(src.lineStart(n), n < src.lineCount() ? src.lineStart(n + 1) : src.length(), ""));
        related.add(new RelatedLocation(line, "empty line"));
      }
      String lines = empty.stream().map(r -> Integer.toString(r.startLine())).collect(Collectors.joining(", "));
      boolean one = empty.size() == 1;
      context.report(lastLine(src, i), i.kind().keyword() + " continues across " + (one ? "an empty line (line "
          : "empty lines (lines ") + lines + "): Docker ignores " + (one ? "it" : "them") + " today and will reject "
          + (one ? "it" : "them") + " in a future release",
          new Fix(one ? "Remove the empty line" : "Remove the " + empty.size() + " empty lines", Applicability.SAFE,
              edits), related);
    }
  }

  /**
   * Where BuildKit reports: the last line of the instruction as it joins it (before any here-document body),
   * from its first non-blank character to the end of the instruction.
   */
  private static SourceRange lastLine(SourceText src, Instruction i) {
    LogicalText logical = i.head().line();
    SourceRange whole = logical.range(0, logical.length());
    int line = src.lineOf(Math.max(whole.startOffset(), whole.endOffset() - 1));
    int start = Math.max(src.lineStart(line), whole.startOffset());
    String text = src.text();
    while (start < whole.endOffset() && (text.charAt(start) == ' ' || text.charAt(start) == '\t')) {
      start++;
    }
    return src.range(start, Math.max(start, whole.endOffset()));
  }
}
