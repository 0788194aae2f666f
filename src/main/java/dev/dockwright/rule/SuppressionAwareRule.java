package dev.dockwright.rule;

import dev.dockwright.ast.SourceRange;
import java.util.List;

/**
 * A rule that runs after every other rule's findings were matched against the file's suppression
 * pragmas, and is told which pragma codes silenced nothing.
 */
public interface SuppressionAwareRule extends Rule {
  /** A code in a pragma that matched no finding. */
  record UnusedCode(String code, String pragmaText, SourceRange pragmaRange, boolean knownRule) {}

  void check(RuleContext context, List<UnusedCode> unused);

  @Override
  default void check(RuleContext context) {
    check(context, List.of());
  }
}
