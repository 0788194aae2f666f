package dev.dockwright.shell;

import dev.dockwright.ast.SourceRange;
import java.util.List;

/** {@code while cond; do body; done}, or {@code until} when {@code until} is true. */
public record WhileCommand(
    boolean until, List<Statement> condition, List<Statement> body, List<Redirection> redirections,
    SourceRange range) implements Command {

  public WhileCommand {
    condition = List.copyOf(condition);
    body = List.copyOf(body);
    redirections = List.copyOf(redirections);
  }
}
