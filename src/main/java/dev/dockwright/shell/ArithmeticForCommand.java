package dev.dockwright.shell;

import dev.dockwright.ast.SourceRange;
import java.util.List;

/** bash {@code for ((init; test; step)); do body; done}; the header is kept as text. */
public record ArithmeticForCommand(
    String header, List<Statement> body, List<Redirection> redirections, SourceRange range) implements Command {

  public ArithmeticForCommand {
    body = List.copyOf(body);
    redirections = List.copyOf(redirections);
  }
}
