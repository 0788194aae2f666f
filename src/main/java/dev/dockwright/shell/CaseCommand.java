package dev.dockwright.shell;

import dev.dockwright.ast.SourceRange;
import java.util.List;

/** {@code case word in pattern|pattern) body;; ... esac}. */
public record CaseCommand(Word subject, List<Item> items, List<Redirection> redirections, SourceRange range)
    implements Command {

  public CaseCommand {
    items = List.copyOf(items);
    redirections = List.copyOf(redirections);
  }

  /**
   * One arm.
   *
   * @param terminator {@code ;;}, {@code ;&}, {@code ;;&}, or empty for the last arm without one
   */
  public record Item(List<Word> patterns, List<Statement> body, String terminator, SourceRange range) {
    public Item {
      patterns = List.copyOf(patterns);
      body = List.copyOf(body);
    }
  }
}
