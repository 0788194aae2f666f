package dev.dockwright.rules.run;

import dev.dockwright.ast.SourceRange;
import dev.dockwright.fix.Edit;
import dev.dockwright.fix.Fix;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.shell.PackageManager;
import dev.dockwright.shell.PackageOperation;
import dev.dockwright.shell.Word;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/** Findings and fixes for package commands that miss an option: reported on {@code manager verb}. */
final class MissingOption {
  private MissingOption() {}

  /** From the command word to the last word of the verb ({@code apt-get install}, {@code dnf group install}). */
  static SourceRange commandAndVerb(PackageOperation op) {
    Optional<Word> verb = lastVerbWord(op);
    SourceRange start = op.invocation().commandWord().range();
    if (verb.isEmpty() || verb.get().range().endOffset() < start.startOffset()) {
      return start;
    }
    SourceRange end = verb.get().range();
    return new SourceRange(start.startOffset(), end.endOffset(), start.startLine(), start.startColumn(),
        end.endLine(), end.endColumn());
  }

  /** The word that ends the verb: {@code install} of {@code dnf group install}. */
  static Optional<Word> lastVerbWord(PackageOperation op) {
    if (op.verbWord().isEmpty()) {
      return Optional.empty();
    }
    Word first = op.verbWord().get();
    if (op.rawVerb().indexOf(' ') < 0) {
      return Optional.of(first);
    }
    List<Word> pos = op.invocation().positionals();
    int i = pos.indexOf(first);
    return Optional.of(i >= 0 && i + 1 < pos.size() ? pos.get(i + 1) : first);
  }

  /** {@code apt-get install} as written (command name and verb). */
  static String written(PackageOperation op) {
    String name = op.invocation().name();
    if (op.manager() == PackageManager.PIP && name.startsWith("python")) {
      name = name + " -m pip";
    }
    return name + (op.rawVerb().isEmpty() ? "" : " " + op.rawVerb());
  }

  /** Reports a confirmation prompt: {@code manager verb} lacks {@code option}, which the fix inserts. */
  static void reportPrompt(RuleContext context, RunScripts.Operation o, String option,
      BiFunction<String, Edit[], Fix> fix) {
    report(context, o, option, "`" + written(o.op()) + "` without `" + option + "` stops at a confirmation "
        + "prompt, which fails the build", fix);
  }

  /** Reports {@code manager verb} lacking {@code option}, with a fix that inserts it right after the verb. */
  static void report(RuleContext context, RunScripts.Operation o, String option, String message,
      BiFunction<String, Edit[], Fix> fix) {
    PackageOperation op = o.op();
    // After `--` every word is an operand: an option inserted after the verb would be read as a package.
    Optional<Edit> edit = lastVerbWord(op).filter(w -> !afterEndOfOptions(op, w))
        .flatMap(w -> RunFixes.insertAfter(o.where(), w, option));
    if (edit.isPresent()) {
      context.report(commandAndVerb(op), message, fix.apply("Add `" + option + "`", new Edit[] {edit.get()}));
    } else {
      context.report(commandAndVerb(op), message);
    }
  }

  private static boolean afterEndOfOptions(PackageOperation op, Word verb) {
    return op.invocation().args().stream().anyMatch(w -> w.raw().equals("--")
        && w.range().endOffset() <= verb.range().startOffset());
  }
}
