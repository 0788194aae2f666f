package dev.dockwright.rules;

import dev.dockwright.rule.Rule;
import dev.dockwright.rules.instructions.InstructionRules;
import dev.dockwright.rules.meta.MetaRules;
import dev.dockwright.rules.run.RunRules;
import dev.dockwright.rules.systemd.SystemdRules;
import java.util.ArrayList;
import java.util.List;

/** The rule registry: every pack's list. No logic here. */
public final class AllRules {
  private AllRules() {}

  public static List<Rule> create() {
    List<Rule> all = new ArrayList<>();
    all.addAll(MetaRules.create());
    all.addAll(InstructionRules.create());
    all.addAll(RunRules.create());
    all.addAll(SystemdRules.create());
    return List.copyOf(all);
  }
}
