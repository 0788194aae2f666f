package dev.dockwright.rules.run;

import dev.dockwright.ast.SourceRange;
import dev.dockwright.ast.SourceText;
import dev.dockwright.fix.Edit;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.shell.AndOrList;
import dev.dockwright.shell.Command;
import dev.dockwright.shell.Operator;
import dev.dockwright.shell.Statement;
import dev.dockwright.shell.Word;
import java.util.List;
import java.util.Optional;

/** Edits the fixes of this pack share: an option after a word, a command appended to a RUN. */
final class RunFixes {
  private RunFixes() {}

  /**
   * Inserts {@code " " + text} right after a word (e.g. {@code -y} after {@code install}); nothing else moves,
   * so continuation lines stay as they are. Empty for exec form, whose words are JSON strings.
   */
  static Optional<Edit> insertAfter(RunScripts.RunScript where, Word word, String text) {
    if (where.isExecForm()) {
      return Optional.empty();
    }
    return Optional.of(Edit.insert(word.range().endOffset(), " " + text));
  }

  /**
   * Appends {@code command} to a script so that it runs after everything else: {@code && command} after the
   * last command of an instruction line (on a new continuation line when the RUN already spans several, in
   * the style of its first continuation), or a new line in a heredoc body. Empty for exec form, for a
   * script whose last command runs in the background, and for scripts nested in {@code sh -c '...'} (the
   * caller passes only top-level scripts).
   */
  static Optional<Edit> appendCommand(RuleContext context, RunScripts.RunScript where, String command) {
    // A script that did not parse (an unclosed quote or backtick) could swallow the appended command.
    if (where.isExecForm() || where.script().statements().isEmpty() || !where.script().parsedCleanly()) {
      return Optional.empty();
    }
    List<Statement> statements = where.script().statements();
    Statement last = statements.get(statements.size() - 1);
    if (last.runsInBackground()) {
      return Optional.empty();
    }
    SourceText src = context.source();
    SourceRange end = last.command().range();
    if (where.isHeredocBody()) {
      // The line after the last command is still in the body (or is its terminator): insert before it.
      if (end.endLine() >= src.lineCount() || where.script().hasUnterminatedHereDoc()) {
        return Optional.empty();
      }
      String indent = leadingBlanks(src.lineText(end.endLine()));
      return Optional.of(Edit.insert(src.lineStart(end.endLine() + 1), indent + command + "\n"));
    }
    SourceRange scriptRange = where.script().range().orElse(end);
    String rest = src.text().substring(end.endOffset(), src.lineEnd(end.endLine()));
    boolean continued = scriptRange.startLine() < end.endLine() && rest.isBlank()
        && end.endLine() == lastLineOf(where);
    if (!continued) {
      return Optional.of(Edit.insert(end.endOffset(), " && " + command));
    }
    char escape = context.ast().escape();
    String indent = leadingBlanks(src.lineText(scriptRange.startLine() + 1));
    String text = leadingOperatorStyle(last.command(), src, escape)
        ? " " + escape + "\n" + indent + "&& " + command
        : " && " + escape + "\n" + indent + command;
    return Optional.of(Edit.insert(end.endOffset(), text));
  }

  private static int lastLineOf(RunScripts.RunScript where) {
    return where.script().range().map(SourceRange::endLine).orElse(0);
  }

  /** Whether the RUN writes {@code && cmd} at the start of continuation lines (rather than {@code cmd && \}). */
  private static boolean leadingOperatorStyle(Command command, SourceText src, char escape) {
    if (command instanceof AndOrList list) {
      for (Operator op : list.operators()) {
        String before = src.text().substring(src.lineStart(op.range().startLine()), op.range().startOffset());
        if (before.isBlank()) {
          return true;
        }
        String after = src.text().substring(op.range().endOffset(), src.lineEnd(op.range().endLine()));
        if (after.isBlank() || after.strip().equals(String.valueOf(escape))) {
          return false;
        }
      }
    }
    return true;
  }

  private static String leadingBlanks(String line) {
    int i = 0;
    while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
      i++;
    }
    return line.substring(0, i);
  }
}
