package dev.dockwright.rules.instructions;

import dev.dockwright.ast.Argument;
import dev.dockwright.ast.Heredoc;
import dev.dockwright.ast.Instruction;
import dev.dockwright.ast.Instructions;
import dev.dockwright.fix.Applicability;
import dev.dockwright.fix.Edit;
import dev.dockwright.fix.Fix;
import dev.dockwright.parser.BuildkitSyntax;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.FixAvailability;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import dev.dockwright.semantic.Expansion;
import java.util.List;

@RuleInfo(
    id = "DW3021",
    name = "copy-destination-not-directory",
    summary = "COPY or ADD with several sources needs a destination ending in `/`",
    severity = Severity.ERROR,
    category = Category.INSTRUCTIONS,
    fix = FixAvailability.ALWAYS,
    fixSafety = Applicability.SAFE,
    aliases = {"DL3021"})
public final class CopyDestinationNotDirectory implements Rule {
  @Override
  public void check(RuleContext context) {
    for (Instruction i : Instructions.withTriggers(context.ast().instructions())) {
      check(context, i);
    }
  }

  private static void check(RuleContext context, Instruction i) {
    List<Argument> args;
    boolean json;
    List<Heredoc> heredocs;
    if (i instanceof Instruction.Copy c) {
      args = c.args();
      json = c.json();
      heredocs = c.heredocs();
    } else if (i instanceof Instruction.Add a) {
      args = a.args();
      json = a.json();
      heredocs = a.heredocs();
    } else {
      return;
    }
    if (args.size() <= 2) {
      return;
    }
    Argument dest = args.get(args.size() - 1);
    String text = dest.token().text();
    // A here-document (or a bare `<<`, or `0<<`) is a source: a `/` after it would make a delimiter, not a
    // directory. Ask BuildKit's own rule whether the word with the `/` reads as a here-document.
    if (heredocs.stream().anyMatch(h -> dest.range().contains(h.marker().range()))
        || !BuildkitSyntax.heredocMarkers("COPY src " + text + "/", context.ast().escape()).isEmpty()) {
      return;
    }
    Expansion e = context.model().expand(i, Words.input(dest));
    if (!e.known() || e.value().endsWith("/") || e.value().endsWith("\\")) {
      return;
    }
    String keyword = i.keyword().text();
    int insertAt = (json || text.endsWith("\"") || text.endsWith("'")) && text.length() >= 2
        ? dest.range().endOffset() - 1 : dest.range().endOffset();
    context.report(dest.range(), "`" + keyword + "` with " + (args.size() - 1) + " sources needs a directory"
        + " destination ending in `/`: write `" + e.value() + "/`" + Words.resolution(Words.input(dest), e),
        Fix.safe("Add a trailing `/`", Edit.insert(insertAt, "/")));
  }
}
