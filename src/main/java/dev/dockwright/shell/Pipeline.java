package dev.dockwright.shell;

import dev.dockwright.ast.SourceRange;
import java.util.List;

/**
 * {@code a | b |& c}, or a single command negated with {@code !}.
 *
 * @param operators the pipe operators between commands ({@code |} or {@code |&}), one fewer than commands
 */
public record Pipeline(boolean negated, List<Command> commands, List<Operator> operators, SourceRange range)
    implements Command {

  public Pipeline {
    commands = List.copyOf(commands);
    operators = List.copyOf(operators);
  }
}
