package dev.dockwright.shell;

import dev.dockwright.ast.LogicalText;
import dev.dockwright.ast.SourceRange;
import dev.dockwright.ast.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A parsed shell script with queries rules ask instead of matching text. Immutable; query results are
 * computed on first use and cached, which is safe to race on because they are deterministic.
 */
public final class ShellScript {
  private final Optional<LogicalText> text;
  private final Optional<SourceText> execSource;
  private final List<Statement> statements;
  private final List<Word> recoveredWords;
  private final boolean parsedCleanly;
  private final List<ShellDiagnostic> diagnostics;
  private final Optional<SourceRange> range;
  private volatile List<Invocation> invocations;
  private volatile List<PackageOperation> packageOperations;

  private ShellScript(Optional<LogicalText> text, Optional<SourceText> execSource, List<Statement> statements,
      List<Word> recoveredWords, boolean parsedCleanly, List<ShellDiagnostic> diagnostics,
      Optional<SourceRange> range) {
    this.text = text;
    this.execSource = execSource;
    this.statements = List.copyOf(statements);
    this.recoveredWords = List.copyOf(recoveredWords);
    this.parsedCleanly = parsedCleanly;
    this.diagnostics = List.copyOf(diagnostics);
    this.range = range;
  }

  static ShellScript clean(LogicalText text, List<Statement> statements) {
    return new ShellScript(Optional.of(text), Optional.empty(), statements, List.of(), true, List.of(),
        Optional.of(text.range(0, text.length())));
  }

  static ShellScript nested(LogicalText text, List<Statement> statements) {
    return clean(text, statements);
  }

  static ShellScript recovered(LogicalText text, List<Statement> statements, List<Word> words,
      List<ShellDiagnostic> diagnostics, SourceRange range) {
    return new ShellScript(Optional.of(text), Optional.empty(), statements, words, false, diagnostics,
        Optional.of(range));
  }

  /**
   * An exec-form instruction ({@code ["apt-get", "install", "x"]}): one simple command whose words are the
   * literal arguments. Without the source text a literal {@code sh -c} script argument cannot be mapped
   * back to source positions, so it is not parsed; use {@link #fromExec(List, SourceText)} for that.
   */
  public static ShellScript fromExec(List<ExecArg> args) {
    return fromExec(args, null);
  }

  /**
   * Like {@link #fromExec(List)}; with the source, the script argument of {@code ["sh", "-c", "..."]} is
   * parsed too when its JSON string has no escapes (so every character maps to one source character).
   */
  public static ShellScript fromExec(List<ExecArg> args, SourceText source) {
    List<Word> words = new ArrayList<>();
    for (ExecArg arg : args) {
      words.add(new Word(arg.value(), List.of(new WordPart.SingleQuoted(arg.value(), arg.range())), arg.range()));
    }
    if (words.isEmpty()) {
      return new ShellScript(Optional.empty(), Optional.ofNullable(source), List.of(), List.of(), true, List.of(),
          Optional.empty());
    }
    SourceRange range = Parser.span(words.get(0).range(), words.get(words.size() - 1).range());
    SimpleCommand command = new SimpleCommand(List.of(), words, List.of(), range);
    return new ShellScript(Optional.empty(), Optional.ofNullable(source),
        List.of(new Statement(command, Optional.empty(), range)), List.of(), true, List.of(), Optional.of(range));
  }

  /** The script text with its source mapping; empty for exec form. */
  public Optional<LogicalText> text() {
    return text;
  }

  Optional<SourceText> execSource() {
    return execSource;
  }

  public boolean isExecForm() {
    return text.isEmpty();
  }

  /** The top-level command list (for a script that did not parse: the recovered simple commands). */
  public List<Statement> statements() {
    return statements;
  }

  /** False when the strict parse failed and {@link #statements()} were recovered by splitting the words. */
  public boolean parsedCleanly() {
    return parsedCleanly;
  }

  public List<ShellDiagnostic> diagnostics() {
    return diagnostics;
  }

  /** The whole script's range; empty for an empty exec form. */
  public Optional<SourceRange> range() {
    return range;
  }

  /**
   * The flat word list. For a clean parse: the argv words of every simple command, including those inside
   * compound commands but not inside command substitutions, in source order. For a script that did not
   * parse: every word token the recovery lexer found, reserved words and redirection targets included.
   */
  public List<Word> words() {
    if (!parsedCleanly) {
      return recoveredWords;
    }
    List<Word> out = new ArrayList<>();
    for (ScriptWalker.Visit visit : ScriptWalker.walk(this)) {
      if (visit.command() instanceof SimpleCommand simple && visit.context().owner() == this) {
        out.addAll(simple.words());
      }
    }
    return List.copyOf(out);
  }

  /**
   * Every simple command with at least one argv word, anywhere in the script (compound commands,
   * pipelines, subshells, command substitutions, and the scripts of {@code sh -c '...'}), in source order;
   * see {@link Invocation} for unwrapping and flags.
   */
  public List<Invocation> invocations() {
    List<Invocation> result = invocations;
    if (result == null) {
      result = Invocations.collect(this);
      invocations = result;
    }
    return result;
  }

  /**
   * Whether a here-document of the script runs to the end of the script without its delimiter line: a line
   * added at the end would become part of its body.
   */
  public boolean hasUnterminatedHereDoc() {
    // Every simple command, also those without argv words (a bare `<<EOF` line is no invocation).
    return ScriptWalker.walk(this).stream()
        .flatMap(v -> v.command() instanceof SimpleCommand c ? c.redirections().stream() : Stream.empty())
        .anyMatch(r -> r.hereDoc().map(h -> !h.terminated()).orElse(false));
  }

  /** Invocations with this command name (basename of argv[0] after unwrapping). */
  public List<Invocation> invocationsOf(String name) {
    return invocations().stream().filter(i -> i.name().equals(name)).toList();
  }

  public List<PackageOperation> packageOperations() {
    List<PackageOperation> result = packageOperations;
    if (result == null) {
      result = List.copyOf(PackageOperations.of(invocations()));
      packageOperations = result;
    }
    return result;
  }

  /** See {@link PackageCleanup} for what counts as cleanup for each manager. */
  public boolean hasCleanup(PackageManager manager) {
    return PackageCleanup.hasCleanup(this, manager);
  }

  /** The commands that clean up after {@code manager} ({@code dnf clean all}, an rm of its cache), in order. */
  public List<Invocation> cleanupCommands(PackageManager manager) {
    return PackageCleanup.cleanupCommands(this, manager);
  }

  public List<RmInvocation> rmTargets() {
    return invocationsOf("rm").stream().map(RmInvocation::of).toList();
  }

  public List<Invocation> cdInvocations() {
    return invocationsOf("cd");
  }

  /**
   * True when an invocation of this script runs in a child shell whose state (current directory, variables,
   * {@code set} options) is discarded when it ends: inside {@code ( ... )}, a command substitution, or the
   * script of a nested {@code sh -c '...'} / {@code sh <<EOF}.
   */
  public boolean runsInChildShell(Invocation invocation) {
    if (invocation.inCommandSubstitution()
        || invocation.wrappers().stream().anyMatch(w -> w.name().endsWith(" -c") || w.name().endsWith(" <<"))) {
      return true;
    }
    SourceRange at = invocation.command().range();
    for (ScriptWalker.Visit visit : ScriptWalker.walk(invocation.script())) {
      if (visit.command() instanceof Subshell sub && sub.range().contains(at)) {
        return true;
      }
    }
    return false;
  }

  public List<SystemctlInvocation> systemctlInvocations() {
    return invocationsOf("systemctl").stream().map(SystemctlInvocation::of).toList();
  }

  /**
   * Pipelines of two or more commands in this script and its command substitutions (which inherit
   * {@code set} options), in source order. Pipelines inside {@code sh -c} scripts belong to those scripts.
   */
  public List<Pipeline> pipelines() {
    List<Pipeline> out = new ArrayList<>();
    for (ScriptWalker.Visit visit : ScriptWalker.walk(this)) {
      if (visit.command() instanceof Pipeline p && p.commands().size() >= 2) {
        out.add(p);
      }
    }
    out.sort((a, b) -> a.range().compareTo(b.range()));
    return List.copyOf(out);
  }

  /**
   * How many simple commands (with a command word) the script itself runs: in lists, pipelines, compound
   * commands and subshells, and in command substitutions when {@code withSubstitutions}. A nested
   * {@code sh -c '...'} is the one command that runs it.
   */
  public int commandCount(boolean withSubstitutions) {
    int n = 0;
    for (ScriptWalker.Visit visit : ScriptWalker.walk(this)) {
      if (visit.command() instanceof SimpleCommand c && !c.words().isEmpty()
          && (withSubstitutions || !visit.context().inCommandSubstitution())) {
        n++;
      }
    }
    return n;
  }

  /** True when a {@code set} in this shell (not a subshell) turns on errexit ({@code set -e}, {@code -o errexit}). */
  public boolean setsErrexit() {
    return ShellOptions.of(this).enablesAtTopLevel(ShellOptions.ERREXIT);
  }

  /** True when a {@code set} in this shell (not a subshell) turns on {@code pipefail}. */
  public boolean setsPipefail() {
    return ShellOptions.of(this).enablesAtTopLevel(ShellOptions.PIPEFAIL);
  }

  /**
   * Whether pipefail is on where {@code range} starts: the last {@code set -o pipefail} / {@code set +o
   * pipefail} that ran before it in an enclosing scope wins; {@code initiallyOn} is the state the shell
   * started with (e.g. from a {@code SHELL ["bash", "-o", "pipefail", "-c"]} instruction).
   */
  public boolean pipefailActiveAt(SourceRange range, boolean initiallyOn) {
    return ShellOptions.of(this).activeAt(ShellOptions.PIPEFAIL, range, initiallyOn);
  }

  public boolean pipefailActiveAt(SourceRange range) {
    return pipefailActiveAt(range, false);
  }

  /** Like {@link #pipefailActiveAt(SourceRange, boolean)} for errexit. */
  public boolean errexitActiveAt(SourceRange range, boolean initiallyOn) {
    return ShellOptions.of(this).activeAt(ShellOptions.ERREXIT, range, initiallyOn);
  }

  @Override
  public String toString() {
    return text.map(LogicalText::text).orElse("exec-form") + (parsedCleanly ? "" : " (recovered)");
  }
}
