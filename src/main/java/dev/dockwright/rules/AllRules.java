package dev.dockwright.rules;

import dev.dockwright.rule.Rule;
import dev.dockwright.rules.instructions.ConsistentInstructionCasing;
import dev.dockwright.rules.instructions.LegacyKeyValueFormat;
import dev.dockwright.rules.instructions.MaintainerDeprecated;
import dev.dockwright.rules.meta.EmptyContinuationLine;
import dev.dockwright.rules.meta.SyntaxError;
import dev.dockwright.rules.meta.UnusedSuppression;
import java.util.List;

/** The rule registry: every rule dockwright ships, one line each. No logic here. */
public final class AllRules {
  private AllRules() {}

  public static List<Rule> create() {
    return List.of(
        // meta
        new SyntaxError(),
        new EmptyContinuationLine(),
        new UnusedSuppression(),
        // instructions
        new MaintainerDeprecated(),
        new LegacyKeyValueFormat(),
        new ConsistentInstructionCasing());
  }
}
