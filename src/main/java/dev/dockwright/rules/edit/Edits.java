package dev.dockwright.rules.edit;

import dev.dockwright.ast.Comment;
import dev.dockwright.ast.Instruction;
import dev.dockwright.ast.SourceRange;
import dev.dockwright.ast.SourceText;
import dev.dockwright.fix.Edit;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.semantic.DockerfileModel;
import dev.dockwright.shell.AndOrList;
import dev.dockwright.shell.Command;
import dev.dockwright.shell.Operator;
import dev.dockwright.shell.ShellScript;
import dev.dockwright.shell.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The edits rules make to whole instructions and to RUN scripts, in one place so that every fix inserts,
 * deletes and joins the same way: whole lines in the file's own style, never a line joined into a dangling
 * continuation, never a command swallowed by an unclosed quote or here-document.
 */
public final class Edits {
  /** Lines longer than this get a continuation line instead of a longer line. */
  private static final int WIDTH = 100;

  private Edits() {}

  /**
   * Lines after an instruction. An instruction that ends the file with a line continuation ({@code FROM x \}
   * and no further line) would join the new lines into itself: the dangling escape, which continues nothing,
   * is replaced by the line break.
   */
  public static Edit insertAfter(RuleContext context, Instruction instruction, String lines) {
    String text = context.source().text();
    int end = instruction.range().endOffset();
    int escapeAt = end - 1;
    while (escapeAt >= 0 && (text.charAt(escapeAt) == ' ' || text.charAt(escapeAt) == '\t')) {
      escapeAt--;
    }
    if (escapeAt >= instruction.range().startOffset() && text.charAt(escapeAt) == context.ast().escape()
        && text.substring(end).isBlank() && text.indexOf('\n', escapeAt) < 0) {
      return new Edit(escapeAt, end, "\n" + lines);
    }
    return Edit.insert(end, "\n" + lines);
  }

  /**
   * Lines before an instruction, above the comments directly over it, so that a pragma or comment stays
   * with the instruction it belongs to.
   */
  public static Edit insertAbove(RuleContext context, Instruction instruction, String lines) {
    List<Comment> above = context.ast().commentsAbove(instruction);
    int line = above.isEmpty() ? instruction.range().startLine() : above.get(0).range().startLine();
    return Edit.insert(context.source().lineStart(line), lines + "\n");
  }

  /** Deletes an instruction with its line break: the whole lines it spans. */
  public static Edit deleteInstruction(RuleContext context, Instruction instruction) {
    SourceText src = context.source();
    SourceRange r = instruction.range();
    int start = src.lineStart(r.startLine());
    int endLine = src.lineOf(Math.max(r.startOffset(), r.endOffset() - 1));
    int end = endLine < src.lineCount() ? src.lineStart(endLine + 1) : src.length();
    String text = src.text();
    if (end == text.length() && start > 0 && !text.endsWith("\n")) {
      // the last line, without a line break of its own: take the one before it instead
      start = text.charAt(start - 1) == '\n' && start > 1 && text.charAt(start - 2) == '\r' ? start - 2 : start - 1;
    }
    return new Edit(start, end, "");
  }

  /**
   * Appends {@code command} to a script so that it runs after everything else: {@code && command} after the
   * last command of an instruction line (on a new continuation line when the RUN already spans several, in
   * the style of its first continuation), or a new line in a heredoc body. Empty for exec form, for a script
   * that did not parse (an unclosed quote could swallow the command), for one whose last command runs in
   * the background, and for a heredoc body whose own here-document never ends. The caller passes a
   * top-level script of {@code run} (not one nested in {@code sh -c '...'}).
   */
  public static Optional<Edit> appendCommand(RuleContext context, Instruction.Run run, ShellScript script,
      String command) {
    if (script.isExecForm() || script.statements().isEmpty() || !script.parsedCleanly()) {
      return Optional.empty();
    }
    List<Statement> statements = script.statements();
    Statement last = statements.get(statements.size() - 1);
    if (last.runsInBackground()) {
      return Optional.empty();
    }
    SourceText src = context.source();
    SourceRange end = last.command().range();
    if (isHeredocBody(run, script)) {
      // The line after the last command is still in the body (or is its terminator): insert before it.
      if (end.endLine() >= src.lineCount() || script.hasUnterminatedHereDoc()) {
        return Optional.empty();
      }
      String indent = leadingBlanks(src.lineText(end.endLine()));
      return Optional.of(Edit.insert(src.lineStart(end.endLine() + 1), indent + command + "\n"));
    }
    SourceRange scriptRange = script.range().orElse(end);
    String rest = src.text().substring(end.endOffset(), src.lineEnd(end.endLine()));
    boolean continued = scriptRange.startLine() < end.endLine() && rest.isBlank()
        && end.endLine() == script.range().map(SourceRange::endLine).orElse(0);
    char escape = context.ast().escape();
    if (!continued) {
      int column = end.endOffset() - src.lineStart(end.endLine());
      int firstLine = command.indexOf('\n') < 0 ? command.length() : command.indexOf('\n');
      // A long or multi-line command goes on a continuation line of its own rather than at the end of this one.
      return Optional.of(Edit.insert(end.endOffset(), command.indexOf('\n') >= 0 || column + 4 + firstLine > WIDTH
          ? " " + escape + "\n    && " + command : " && " + command));
    }
    String indent = leadingBlanks(src.lineText(scriptRange.startLine() + 1));
    String text = leadingOperatorStyle(last.command(), src, escape)
        ? " " + escape + "\n" + indent + "&& " + command
        : " && " + escape + "\n" + indent + command;
    return Optional.of(Edit.insert(end.endOffset(), text));
  }

  /**
   * Runs {@code command} right after {@code run}: joined into it ({@code && command}) where that builds the
   * same image in one layer fewer, else as a new {@code RUN} line after it. Joining is safe when the RUN has
   * no flags (a mount, network or security mode would then apply to the command too), is in shell form with
   * a POSIX shell and no here-document (a heredoc body without {@code set -e} ignores a failure that a
   * separate RUN would not), and its script parsed; the command then runs as the same user, in the same
   * directory and environment, as it would in a RUN of its own.
   */
  public static Edit runAfter(RuleContext context, Instruction.Run run, String command) {
    return joinable(context.model(), run).flatMap(script -> appendCommand(context, run, script, command))
        .orElseGet(() -> insertAfter(context, run, "RUN " + command));
  }

  /** Whether {@link #runAfter} joins its command into {@code run} (rather than adding a RUN after it). */
  public static boolean joins(DockerfileModel model, Instruction.Run run) {
    return joinable(model, run).isPresent();
  }

  private static Optional<ShellScript> joinable(DockerfileModel model, Instruction.Run run) {
    return run.flags().isEmpty() ? chainable(model, run) : Optional.empty();
  }

  /**
   * The script that {@code && command} can extend: that of a RUN in shell form, with a POSIX shell and no
   * here-document, whose script parsed and does not end in the background. Empty for any other RUN: chaining
   * onto it would not run the command after the rest, or could change what fails the build. Flags are the
   * caller's concern (two RUNs with different mounts cannot merge).
   */
  public static Optional<ShellScript> chainable(DockerfileModel model, Instruction.Run run) {
    if (!run.heredocs().isEmpty() || run.command().isEmpty() || !model.context(run).posixShell()) {
      return Optional.empty();
    }
    List<ShellScript> scripts = model.scripts(run);
    if (scripts.size() != 1) {
      return Optional.empty();
    }
    ShellScript script = scripts.get(0);
    if (script.isExecForm() || isHeredocBody(run, script) || !model.interpreter(script).isPosixShell()
        || !script.parsedCleanly() || script.statements().isEmpty()
        || script.statements().get(script.statements().size() - 1).runsInBackground()) {
      return Optional.empty();
    }
    return Optional.of(script);
  }

  /**
   * Joins consecutive RUNs of a stage with the same flags into the first: the command of each later one goes
   * after the first's as {@code && command}, and its lines go. Empty unless {@code &&} can chain onto every
   * one of them ({@link #chainable}), each later one is one command or a chain of {@code &&} only (after
   * {@code ||} or {@code ;} its later commands would run when an earlier one fails), nothing but blank lines
   * lies between two of them (a comment there would be lost), and nothing follows a later one's command on
   * its line. They all run in one shell then, so a {@code cd} or variable of one reaches the next: the
   * caller offers this as an unsafe fix.
   */
  public static Optional<List<Edit>> joinRuns(RuleContext context, List<Instruction.Run> runs) {
    DockerfileModel model = context.model();
    Optional<ShellScript> into = chainable(model, runs.get(0));
    if (into.isEmpty() || runs.size() < 2) {
      return Optional.empty();
    }
    String text = context.source().text();
    List<String> commands = new ArrayList<>();
    List<Edit> edits = new ArrayList<>();
    Instruction.Run before = runs.get(0);
    for (Instruction.Run next : runs.subList(1, runs.size())) {
      Optional<ShellScript> from = chainable(model, next);
      if (from.isEmpty() || from.get().statements().size() != 1) {
        return Optional.empty();
      }
      Command command = from.get().statements().get(0).command();
      if (command instanceof AndOrList list && list.operators().stream().anyMatch(o -> !o.text().equals("&&"))) {
        return Optional.empty();
      }
      if (!text.substring(before.range().endOffset(), next.range().startOffset()).isBlank()
          || !text.substring(command.range().endOffset(), next.range().endOffset()).isBlank()) {
        return Optional.empty();
      }
      commands.add(text.substring(command.range().startOffset(), command.range().endOffset()));
      edits.add(deleteInstruction(context, next));
      before = next;
    }
    Optional<Edit> append = appendCommand(context, runs.get(0), into.get(), String.join(" && ", commands));
    if (append.isEmpty()) {
      return Optional.empty();
    }
    edits.add(0, append.get());
    return Optional.of(List.copyOf(edits));
  }

  /** Whether a script of a RUN is one of its heredoc bodies rather than its instruction line. */
  public static boolean isHeredocBody(Instruction.Run run, ShellScript script) {
    return script.range().isPresent() && run.command().isPresent()
        && !run.command().get().range().contains(script.range().get());
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
