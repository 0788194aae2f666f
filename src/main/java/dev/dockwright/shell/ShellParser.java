package dev.dockwright.shell;

import dev.dockwright.ast.LogicalText;

/**
 * Entry point: parses the shell text of a RUN/CMD/ENTRYPOINT shell form or a heredoc body. Never throws
 * on bad input; an invalid script comes back with {@link ShellScript#parsedCleanly()} false, a
 * diagnostic, and the simple commands that could be recovered.
 */
public final class ShellParser {
  private ShellParser() {}

  public static ShellScript parse(LogicalText script) {
    return parse(script, 0);
  }

  /** Parses a script nested {@code depth} levels deep (e.g. the argument of {@code sh -c}). */
  static ShellScript parse(LogicalText script, int depth) {
    try {
      return ShellScript.clean(script, Parser.parseStrict(script, depth));
    } catch (ShellSyntaxError e) {
      return RecoveryParser.recover(script, depth, new ShellDiagnostic(e.getMessage(), e.range()));
    }
  }
}
