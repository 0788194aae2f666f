package dev.dockwright.shell;

import dev.dockwright.ast.SourceRange;
import java.util.List;

/**
 * {@code if c; then b; elif c2; then b2; else e; fi}.
 *
 * @param branches the {@code if} branch followed by each {@code elif}
 * @param elseBody the {@code else} list, empty when there is no {@code else}
 */
public record IfCommand(
    List<Branch> branches, List<Statement> elseBody, List<Redirection> redirections, SourceRange range)
    implements Command {

  public IfCommand {
    branches = List.copyOf(branches);
    elseBody = List.copyOf(elseBody);
    redirections = List.copyOf(redirections);
  }

  /** A condition list and the list run when it succeeds. */
  public record Branch(List<Statement> condition, List<Statement> body) {
    public Branch {
      condition = List.copyOf(condition);
      body = List.copyOf(body);
    }
  }
}
