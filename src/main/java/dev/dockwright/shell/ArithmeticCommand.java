package dev.dockwright.shell;

import dev.dockwright.ast.SourceRange;
import java.util.List;

/** bash {@code (( expression ))}; the expression is kept as text. */
public record ArithmeticCommand(String expression, List<Redirection> redirections, SourceRange range)
    implements Command {

  public ArithmeticCommand {
    redirections = List.copyOf(redirections);
  }
}
