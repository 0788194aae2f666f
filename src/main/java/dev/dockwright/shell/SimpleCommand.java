package dev.dockwright.shell;

import dev.dockwright.ast.SourceRange;
import java.util.List;

/**
 * Assignments, argv words and redirections. Bash's {@code [[ ... ]]} is also represented as a simple
 * command whose words start with {@code [[} and end with {@code ]]}.
 */
public record SimpleCommand(
    List<Assignment> assignments, List<Word> words, List<Redirection> redirections, SourceRange range)
    implements Command {

  public SimpleCommand {
    assignments = List.copyOf(assignments);
    words = List.copyOf(words);
    redirections = List.copyOf(redirections);
  }
}
