package dev.dockwright.shell;

import dev.dockwright.ast.SourceRange;
import java.util.List;

/**
 * {@code a && b || c}: commands joined left to right; kept flat so long chains cannot nest deeply.
 *
 * @param operators {@code &&} or {@code ||} between consecutive commands, one fewer than commands
 */
public record AndOrList(List<Command> commands, List<Operator> operators, SourceRange range) implements Command {

  public AndOrList {
    commands = List.copyOf(commands);
    operators = List.copyOf(operators);
  }
}
