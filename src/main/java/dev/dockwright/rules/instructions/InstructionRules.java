package dev.dockwright.rules.instructions;

import dev.dockwright.rule.Rule;
import java.util.List;

/** Instructions, stages, base images, labels and BuildKit build checks (DW3xxx, DW5xxx). */
public final class InstructionRules {
  private InstructionRules() {}

  public static List<Rule> create() {
    return List.of(
        new MaintainerDeprecated(),
        new LegacyKeyValueFormat(),
        new ConsistentInstructionCasing());
  }
}
