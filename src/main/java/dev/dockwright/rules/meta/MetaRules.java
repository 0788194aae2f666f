package dev.dockwright.rules.meta;

import dev.dockwright.rule.Rule;
import java.util.List;

/** Syntax and meta rules (DW1xxx). */
public final class MetaRules {
  private MetaRules() {}

  public static List<Rule> create() {
    return List.of(
        new SyntaxError(),
        new EmptyContinuationLine(),
        new UnusedSuppression());
  }
}
