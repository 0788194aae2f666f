package dev.dockwright.rules.run;

import dev.dockwright.rule.Rule;
import java.util.List;

/** RUN, shell and package-manager rules, and the ShellCheck integration (DW4xxx). */
public final class RunRules {
  private RunRules() {}

  public static List<Rule> create() {
    return List.of();
  }
}
