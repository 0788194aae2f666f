package dev.dockwright.shell;

import dev.dockwright.ast.SourceRange;
import java.util.List;

/** {@code ( list )}. */
public record Subshell(List<Statement> body, List<Redirection> redirections, SourceRange range) implements Command {

  public Subshell {
    body = List.copyOf(body);
    redirections = List.copyOf(redirections);
  }
}
