package dev.dockwright.shell;

import dev.dockwright.ast.SourceRange;
import java.util.List;

/**
 * {@code for name [in words]; do body; done} (also bash {@code select}).
 *
 * @param hasInClause false for {@code for x; do}, which iterates over {@code "$@"}
 */
public record ForCommand(
    String variable, SourceRange variableRange, boolean hasInClause, List<Word> items, List<Statement> body,
    List<Redirection> redirections, SourceRange range) implements Command {

  public ForCommand {
    items = List.copyOf(items);
    body = List.copyOf(body);
    redirections = List.copyOf(redirections);
  }
}
