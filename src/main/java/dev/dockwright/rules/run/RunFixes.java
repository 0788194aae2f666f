package dev.dockwright.rules.run;

import dev.dockwright.fix.Edit;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rules.edit.Edits;
import dev.dockwright.shell.Word;
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

  /** Appends {@code command} to a top-level script of a RUN: {@link Edits#appendCommand}. */
  static Optional<Edit> appendCommand(RuleContext context, RunScripts.RunScript where, String command) {
    return Edits.appendCommand(context, where.run(), where.script(), command);
  }
}
