package dev.dockwright.shell;

import dev.dockwright.ast.SourceRange;

/** Internal signal that a script is not valid shell; {@link ShellParser} turns it into a diagnostic. */
final class ShellSyntaxError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient SourceRange range;

  ShellSyntaxError(String message, SourceRange range) {
    // No stack trace: this is control flow for bad input, not a bug report.
    super(message, null, false, false);
    this.range = range;
  }

  SourceRange range() {
    return range;
  }
}
